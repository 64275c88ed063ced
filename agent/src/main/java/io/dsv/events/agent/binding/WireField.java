package io.dsv.events.agent.binding;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;

/**
 * One payload field of the wire contract, with the Java type its record holds and how values are
 * converted into it.
 *
 * @param name the JSON name, e.g. {@code slot_id}
 * @param index the record component's position in the canonical constructor
 * @param kind how values are converted
 */
public record WireField(String name, int index, Kind kind) {

  /** The conversions a field can need. */
  public enum Kind {
    /** A string. */
    TEXT("text"),
    /** A whole number. */
    NUMBER("a whole number"),
    /** Unix seconds: numbers, or an {@code Instant}/{@code Date}. */
    UNIX_SECONDS("unix seconds"),
    /** Milliseconds: numbers, or a {@code Duration}. */
    MILLISECONDS("milliseconds"),
    /** Nanoseconds: numbers, or a {@code Duration}. */
    NANOSECONDS("nanoseconds"),
    /** A boolean. */
    BOOLEAN("a boolean"),
    /** A list of strings. */
    TEXT_LIST("a list of strings"),
    /** A point in time, written as RFC 3339. */
    TIME("a time (RFC 3339)");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /**
     * How the kind reads in messages.
     *
     * @return e.g. {@code unix seconds}
     */
    public String description() {
      return description;
    }
  }

  /**
   * The field of a record component.
   *
   * @param name the JSON name
   * @param component the component
   * @param index its position
   * @return the field
   */
  static WireField of(String name, RecordComponent component, int index) {
    Class<?> type = component.getType();
    Kind kind;
    if (type == String.class) {
      kind = Kind.TEXT;
    } else if (type == boolean.class) {
      kind = Kind.BOOLEAN;
    } else if (type == List.class) {
      kind = Kind.TEXT_LIST;
    } else if (type == Instant.class) {
      kind = Kind.TIME;
    } else if (name.endsWith("_at") || name.endsWith("_time")) {
      kind = Kind.UNIX_SECONDS;
    } else if (name.equals("duration_ms")) {
      kind = Kind.MILLISECONDS;
    } else if (name.equals("duration")) {
      kind = Kind.NANOSECONDS;
    } else {
      kind = Kind.NUMBER;
    }
    return new WireField(name, index, kind);
  }
}
