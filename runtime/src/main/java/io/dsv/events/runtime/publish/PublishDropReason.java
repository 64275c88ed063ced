package io.dsv.events.runtime.publish;

import java.util.Locale;

/** Why the publisher gave up on an event; the {@code reason} tag of its dropped meter. */
public enum PublishDropReason {
  /** Redis was unreachable or slow, and {@code outage.buffer} events were waiting already. */
  OUTAGE_BUFFER_FULL,
  /** The publisher was stopped, or not started. */
  NOT_RUNNING,
  /** The event was still waiting when {@code shutdown.timeout} ran out. */
  SHUTDOWN_TIMED_OUT;

  private final String tag = name().toLowerCase(Locale.ROOT);

  /**
   * The meter tag value.
   *
   * @return e.g. {@code outage_buffer_full}
   */
  public String tag() {
    return tag;
  }
}
