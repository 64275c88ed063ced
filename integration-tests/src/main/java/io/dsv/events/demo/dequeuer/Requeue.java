package io.dsv.events.demo.dequeuer;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EventType;
import io.dsv.events.demo.model.Submission;

/**
 * A base class whose annotated method subclasses override without annotating: the override emits
 * the base class's event. Also a generic method, bound through its erased type.
 */
public abstract class Requeue {

  /**
   * Puts a submission back on the queue.
   *
   * @param sub the submission
   * @param <T> the submission's type
   * @return the same submission
   */
  @EmitsEvent(
      type = EventType.SUBMISSION_RECEIVED,
      payload = {"submission_id = result.id", "epoch_id = result.epochId", "reason = 'requeued'"},
      metadata = "requeued_by = this.name")
  public <T extends Submission> T requeue(T sub) {
    return sub;
  }

  /**
   * Who requeues.
   *
   * @return the name
   */
  public abstract String getName();

  /** A requeue that overrides without an annotation of its own. */
  public static final class Delayed extends Requeue {
    @Override
    public <T extends Submission> T requeue(T sub) {
      return super.requeue(sub);
    }

    @Override
    public String getName() {
      return "delayed";
    }
  }
}
