package io.dsv.events.runtime.emitter;

/** What became of one {@link Emitter#emit} call. Every outcome but {@link #ACCEPTED} is counted. */
public enum EmitResult {
  /** The event is in the buffer and will be dispatched. */
  ACCEPTED(null),
  /** The buffer was full ({@code drop.on.overflow=true}). */
  DROPPED_BUFFER_FULL(DropReason.BUFFER_FULL),
  /** The buffer stayed full for {@code emit.timeout} ({@code drop.on.overflow=false}). */
  DROPPED_WAIT_TIMED_OUT(DropReason.WAIT_TIMED_OUT),
  /** The emitter was not started, or already stopped. */
  DROPPED_NOT_RUNNING(DropReason.NOT_RUNNING);

  private final DropReason reason;

  EmitResult(DropReason reason) {
    this.reason = reason;
  }

  /**
   * Why the event was dropped.
   *
   * @return the reason, or {@code null} for {@link #ACCEPTED}
   */
  public DropReason reason() {
    return reason;
  }

  /**
   * Whether the event was accepted.
   *
   * @return {@code true} for {@link #ACCEPTED}
   */
  public boolean accepted() {
    return this == ACCEPTED;
  }
}
