package io.dsv.events.annotations;

/** When, relative to the annotated method's execution, an {@link EmitsEvent} fires. */
public enum Phase {
  /** Before the method body runs. Only arguments, {@code this} and literals can be bound. */
  ENTRY,
  /**
   * After the method returns normally. {@code result} and {@code elapsedMs} can be bound; for a
   * method returning a {@code CompletionStage}, when the stage completes normally, with {@code
   * result} bound to the completed value.
   */
  RETURN,
  /**
   * When the method throws (or its {@code CompletionStage} completes exceptionally). The exception
   * still propagates unchanged; {@code exception} and {@code elapsedMs} can be bound.
   */
  EXCEPTION
}
