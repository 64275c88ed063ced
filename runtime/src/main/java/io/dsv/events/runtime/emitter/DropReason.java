package io.dsv.events.runtime.emitter;

import java.util.Locale;

/** Why the emitter dropped an event; the {@code reason} tag of the dropped-events meter. */
public enum DropReason {
  /** The buffer was full and {@code drop.on.overflow} is on. */
  BUFFER_FULL,
  /** The buffer stayed full for {@code emit.timeout}. */
  WAIT_TIMED_OUT,
  /** {@code emit} was called before {@code start} or after {@code stop}. */
  NOT_RUNNING,
  /** The event was still in the buffer when {@code shutdown.timeout} ran out. */
  SHUTDOWN_TIMED_OUT;

  private final String tag = name().toLowerCase(Locale.ROOT);

  /**
   * The meter tag value.
   *
   * @return e.g. {@code buffer_full}
   */
  public String tag() {
    return tag;
  }
}
