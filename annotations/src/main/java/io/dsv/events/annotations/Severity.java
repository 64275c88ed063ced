package io.dsv.events.annotations;

import java.util.Locale;
import java.util.Optional;

/** How serious an event is; written on the wire in lower case ({@code warning}). */
public enum Severity {
  DEBUG,
  INFO,
  WARNING,
  ERROR;

  private final String wireName = name().toLowerCase(Locale.ROOT);

  /**
   * The name on the wire, e.g. {@code warning}.
   *
   * @return the lower-case wire name
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Finds a severity by its wire name.
   *
   * @param wireName {@code debug}, {@code info}, {@code warning} or {@code error}
   * @return the severity, or empty when none has that name
   */
  public static Optional<Severity> fromWireName(String wireName) {
    for (Severity severity : values()) {
      if (severity.wireName.equals(wireName)) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }
}
