package io.dsv.events.runtime.model;

import java.util.List;
import java.util.Map;

/** Null-to-empty normalisation, so that records never hold what Go would write as {@code ""}. */
final class Text {
  private Text() {}

  static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  static Map<String, String> orEmpty(Map<String, String> values) {
    return values == null ? Map.of() : Map.copyOf(values);
  }
}
