package io.dsv.events.runtime.config;

import java.util.List;

/** Thrown by {@link DsvEventsConfig#requireValid()}: the settings have problems. */
public final class InvalidConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems, one message each. */
  private final List<String> problems;

  InvalidConfigException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * The problems, one message each.
   *
   * @return the messages
   */
  public List<String> problems() {
    return problems;
  }
}
