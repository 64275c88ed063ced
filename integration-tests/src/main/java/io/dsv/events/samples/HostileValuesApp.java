package io.dsv.events.samples;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EventType;

/**
 * Annotated methods whose bound values fight back: a getter that throws, an object whose {@code
 * toString} never ends (a cycle), a 5 MB string. Each method must run and return exactly as
 * written, with or without the agent.
 */
public final class HostileValuesApp {
  private HostileValuesApp() {}

  /** A value whose getter throws. */
  public static final class Exploding {
    /**
     * Always throws.
     *
     * @return never
     */
    public String getCid() {
      throw new IllegalStateException("getter exploded");
    }
  }

  /** A node of a cycle whose {@code toString} recurses without end. */
  public static final class Cyclic {
    private Cyclic next = this;

    @Override
    public String toString() {
      return "cyclic->" + next;
    }
  }

  /**
   * Binds a throwing getter.
   *
   * @param value the value
   * @return 1
   */
  @EmitsEvent(
      type = EventType.IPFS_STORAGE_COMPLETED,
      payload = {"cid = value.cid", "epoch_id = 'epoch_getter'"})
  public static int throwingGetter(Exploding value) {
    return 1;
  }

  /**
   * Binds a cyclic object as text.
   *
   * @param value the value
   * @return 2
   */
  @EmitsEvent(
      type = EventType.IPFS_STORAGE_COMPLETED,
      payload = {"cid = value", "epoch_id = 'epoch_cyclic'"})
  public static int cyclicValue(Cyclic value) {
    return 2;
  }

  /**
   * Binds a huge string.
   *
   * @param text the string
   * @return its length
   */
  @EmitsEvent(
      type = EventType.SUBMISSION_REJECTED,
      payload = {"reason = text", "epoch_id = 'epoch_huge'"})
  public static int hugeString(String text) {
    return text.length();
  }

  /**
   * Calls each method and prints what it returned.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("getter -> " + throwingGetter(new Exploding()));
    System.out.println("cyclic -> " + cyclicValue(new Cyclic()));
    System.out.println("huge -> " + hugeString("z".repeat(5_000_000)));
    System.out.println("DONE");
  }
}
