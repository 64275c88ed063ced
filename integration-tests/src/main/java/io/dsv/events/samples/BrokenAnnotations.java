package io.dsv.events.samples;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Phase;
import java.util.List;

/**
 * Methods whose annotations the agent must refuse, each with one mistake, beside one that is fine.
 * Every method still runs as written; only the valid one emits.
 */
public class BrokenAnnotations {

  /**
   * Valid: the control.
   *
   * @param epochId the epoch
   */
  @EmitsEvent(type = EventType.EPOCH_STARTED, payload = "epoch_id = epochId")
  public void fine(String epochId) {}

  /**
   * A syntax error.
   *
   * @param epochId the epoch
   */
  @EmitsEvent(type = EventType.EPOCH_STARTED, payload = "epoch_id = epochId &&")
  public void syntaxError(String epochId) {}

  /**
   * An unknown root.
   *
   * @param epochId the epoch
   */
  @EmitsEvent(type = EventType.EPOCH_STARTED, payload = "epoch_id = epoch")
  public void unknownRoot(String epochId) {}

  /**
   * An unknown property.
   *
   * @param window the window
   */
  @EmitsEvent(type = EventType.WINDOW_OPENED, payload = "epoch_id = window.epochIdentifier")
  public void unknownProperty(io.dsv.events.demo.monitor.Monitor.Window window) {}

  /**
   * An unknown payload field.
   *
   * @param epochId the epoch
   */
  @EmitsEvent(type = EventType.SUBMISSION_VALIDATED, payload = "epoch = epochId")
  public void unknownField(String epochId) {}

  /**
   * A value that cannot convert.
   *
   * @param ids some ids
   */
  @EmitsEvent(type = EventType.QUEUE_DEPTH_CHANGED, payload = "current_depth = ids")
  public void cannotConvert(List<String> ids) {}

  /** {@code result} on a void method. */
  @EmitsEvent(type = EventType.EPOCH_STARTED, payload = "epoch_id = result")
  public void resultOnVoid() {}

  /**
   * {@code result} at ENTRY.
   *
   * @return an epoch
   */
  @EmitsEvent(type = EventType.EPOCH_STARTED, on = Phase.ENTRY, payload = "epoch_id = result")
  public String resultAtEntry() {
    return "e";
  }

  /**
   * A condition that is not boolean.
   *
   * @param epochId the epoch
   */
  @EmitsEvent(type = EventType.EPOCH_STARTED, when = "epochId")
  public void conditionNotBoolean(String epochId) {}

  /**
   * A getter that throws on the call: the event is still emitted, with the field empty.
   *
   * @param holder what is read
   */
  @EmitsEvent(
      type = EventType.EPOCH_STARTED,
      payload = {"epoch_id = holder.id", "start_time = holder.broken"})
  public void getterThrows(Holder holder) {}

  /** A value whose getter throws. */
  public static final class Holder {
    /**
     * @return an id
     */
    public String getId() {
      return "epoch_from_holder";
    }

    /**
     * @return never
     */
    public long getBroken() {
      throw new IllegalStateException("getter bug");
    }
  }

  /**
   * Calls each method once.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    BrokenAnnotations service = new BrokenAnnotations();
    service.fine("e1");
    service.syntaxError("e1");
    service.unknownRoot("e1");
    service.unknownProperty(null);
    service.unknownField("e1");
    service.cannotConvert(List.of());
    service.resultOnVoid();
    System.out.println("resultAtEntry -> " + service.resultAtEntry());
    service.conditionNotBoolean("e1");
    service.getterThrows(new Holder());
    System.out.println("DONE");
  }
}
