package io.dsv.events.runtime.model;

import java.util.List;
import java.util.Map;

/** Null-to-empty normalisation, so that records never hold what Go would write as {@code ""}. */
final class Text {
  private Text() {}

  static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  // Most events carry no list or metadata: the empty ones skip copyOf's walk of an empty
  // collection.
  static List<String> orEmpty(List<String> values) {
    return values == null || values.isEmpty() ? List.of() : List.copyOf(values);
  }

  static Map<String, String> orEmpty(Map<String, String> values) {
    return values == null || values.isEmpty() ? Map.of() : Map.copyOf(values);
  }
}
