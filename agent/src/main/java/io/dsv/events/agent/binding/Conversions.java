package io.dsv.events.agent.binding;

import java.lang.reflect.Array;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import net.bytebuddy.description.type.TypeDescription;

/**
 * Converts bound values to the wire type of their payload field: checked against the expression's
 * static type when the method is woven, applied to the value on each call.
 */
public final class Conversions {
  private Conversions() {}

  /**
   * Whether a value of a static type can be converted to a field kind.
   *
   * @param type the expression's static type; {@code null} for the {@code null} literal
   * @param kind the field's kind
   * @return {@code null} when it can, else what the field accepts
   */
  public static String check(TypeDescription type, WireField.Kind kind) {
    if (type == null || type.represents(Object.class)) {
      return null; // null, or decided on the value
    }
    TypeDescription boxed = type.isPrimitive() ? type.asBoxed() : type;
    boolean number = boxed.isAssignableTo(Number.class);
    boolean text = boxed.isAssignableTo(CharSequence.class);
    boolean ok =
        switch (kind) {
          case TEXT ->
              !boxed.isArray()
                  && !boxed.isAssignableTo(Collection.class)
                  && !boxed.isAssignableTo(Map.class);
          case NUMBER -> number || text;
          case UNIX_SECONDS -> number || text || time(boxed);
          case MILLISECONDS, NANOSECONDS -> number || text || boxed.isAssignableTo(Duration.class);
          case BOOLEAN -> boxed.represents(Boolean.class) || text;
          case TEXT_LIST ->
              boxed.isArray()
                  || boxed.isAssignableTo(Iterable.class)
                  || boxed.represents(Object.class);
          case TIME -> time(boxed) || text || number;
        };
    return ok ? null : accepted(kind);
  }

  private static boolean time(TypeDescription type) {
    return type.isAssignableTo(TemporalAccessor.class) || type.isAssignableTo(Date.class);
  }

  /**
   * What a field kind accepts, for messages.
   *
   * @param kind the field's kind
   * @return the description
   */
  public static String accepted(WireField.Kind kind) {
    return switch (kind) {
      case TEXT -> "any single value (written with toString)";
      case NUMBER -> "a number or numeric text";
      case UNIX_SECONDS -> "a number of unix seconds, an Instant, a Date or numeric text";
      case MILLISECONDS -> "a number of milliseconds, a Duration or numeric text";
      case NANOSECONDS -> "a number of nanoseconds, a Duration or numeric text";
      case BOOLEAN -> "a boolean or 'true'/'false'";
      case TEXT_LIST -> "a collection or an array";
      case TIME -> "an Instant, a date-time, a Date, epoch milliseconds or RFC 3339 text";
    };
  }

  /**
   * A binding that yields its field's wire value: the conversion is chosen here, once, from the
   * expression's static type, so that a text read as text costs a call nothing more.
   *
   * @param value the expression's binding
   * @param staticType the expression's static type; {@code null} for the {@code null} literal
   * @param kind the field's kind
   * @return the converting binding; it throws {@link BindingException} for a value that cannot
   *     convert
   */
  public static Binding converting(Binding value, TypeDescription staticType, WireField.Kind kind) {
    if (kind == WireField.Kind.TEXT && staticType != null && staticType.represents(String.class)) {
      return frame -> {
        Object text = value.evaluate(frame);
        return text == null ? "" : text;
      };
    }
    return frame -> convert(value.evaluate(frame), kind);
  }

  /**
   * Converts a value for a field.
   *
   * @param value the value; {@code null} gives the field's empty value
   * @param kind the field's kind
   * @return the value to put in the payload record
   * @throws BindingException when this value cannot be converted
   */
  public static Object convert(Object value, WireField.Kind kind) {
    if (value == null) {
      return switch (kind) {
        case TEXT -> "";
        case BOOLEAN -> false;
        case TEXT_LIST -> List.of();
        case TIME -> null;
        default -> 0L;
      };
    }
    try {
      return switch (kind) {
        case TEXT -> text(value);
        case NUMBER -> number(value);
        case UNIX_SECONDS ->
            value instanceof TemporalAccessor || value instanceof Date
                ? instant(value).getEpochSecond()
                : number(value);
        case MILLISECONDS -> value instanceof Duration d ? d.toMillis() : number(value);
        case NANOSECONDS -> value instanceof Duration d ? d.toNanos() : number(value);
        case BOOLEAN -> bool(value);
        case TEXT_LIST -> list(value);
        case TIME -> instant(value);
      };
    } catch (RuntimeException e) {
      throw new BindingException(
          "cannot convert "
              + value.getClass().getSimpleName()
              + " '"
              + value
              + "' to "
              + kind.description());
    }
  }

  private static String text(Object value) {
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    return value.toString();
  }

  private static long number(Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof CharSequence text) {
      return Long.parseLong(text.toString().trim());
    }
    throw new IllegalArgumentException();
  }

  private static boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    String text = value.toString().trim();
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new IllegalArgumentException();
  }

  private static List<String> list(Object value) {
    List<String> items = new ArrayList<>();
    if (value instanceof Iterable<?> iterable) {
      for (Object item : iterable) {
        items.add(item == null ? "" : text(item));
      }
    } else if (value.getClass().isArray()) {
      for (int i = 0; i < Array.getLength(value); i++) {
        Object item = Array.get(value, i);
        items.add(item == null ? "" : text(item));
      }
    } else {
      items.add(text(value));
    }
    return items;
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof TemporalAccessor temporal) {
      return Instant.from(temporal);
    }
    if (value instanceof Number millis) {
      return Instant.ofEpochMilli(millis.longValue());
    }
    return OffsetDateTime.parse(value.toString().trim()).toInstant();
  }
}
