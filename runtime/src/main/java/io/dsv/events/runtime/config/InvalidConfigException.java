package io.dsv.events.runtime.config;

import java.util.ArrayList;
import java.util.List;

/** Thrown by {@link DsvEventsConfig#requireValid()}: the settings have problems. */
public final class InvalidConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems, one message each. */
  private final ArrayList<String> problems; // a serializable type, as the exception is

  InvalidConfigException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = new ArrayList<>(problems);
  }

  /**
   * The problems, one message each.
   *
   * @return the messages
   */
  public List<String> problems() {
    return List.copyOf(problems);
  }
}
