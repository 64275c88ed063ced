package io.dsv.events.agent;

import java.util.List;

/**
 * Thrown at start with {@code dsv.events.strict=true} when a setting or annotation is invalid: the
 * JVM then stops with these messages instead of running without the events.
 */
public final class StrictModeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param problems the messages
   */
  public StrictModeException(List<String> problems) {
    super(
        "dsv.events.strict=true and the agent found problems:"
            + System.lineSeparator()
            + String.join(System.lineSeparator(), problems));
  }
}
