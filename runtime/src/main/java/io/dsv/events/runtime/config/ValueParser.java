package io.dsv.events.runtime.config;

import io.dsv.events.annotations.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a setting's text into its value, or says what it accepts.
 *
 * @param <T> the value's type
 */
public interface ValueParser<T> {

  /**
   * Parses a raw value.
   *
   * @param raw the text, already trimmed
   * @return the value
   * @throws IllegalArgumentException when the text is not accepted
   */
  T parse(String raw);

  /**
   * What this parser accepts, for error messages, e.g. {@code "a whole number from 1"}.
   *
   * @return the description
   */
  String accepted();

  /** {@code true} or {@code false}, in any case. */
  ValueParser<Boolean> BOOLEAN =
      of(
          "true or false",
          raw -> {
            String lower = raw.toLowerCase(Locale.ROOT);
            if (!lower.equals("true") && !lower.equals("false")) {
              throw new IllegalArgumentException();
            }
            return Boolean.valueOf(lower);
          });

  /** Free text, kept as given. */
  ValueParser<String> TEXT = of("any text", raw -> raw);

  /** A Redis URI, checked for its scheme only; Lettuce reads the rest. */
  ValueParser<String> REDIS_ADDRESS =
      of(
          "a Redis URI such as redis://host:6379, rediss://user:password@host:6380/0 or"
              + " redis-socket:///path",
          raw -> {
            if (!raw.matches("(?i)(redis|rediss|redis-socket|redis-sentinel)://.+")) {
              throw new IllegalArgumentException();
            }
            return raw;
          });

  /** Where the JSON-lines sink writes: {@code stdout}, {@code stderr} or a file path. */
  ValueParser<String> LOG_TARGET =
      of(
          "stdout, stderr or a file path",
          raw -> {
            if (raw.isEmpty()) {
              throw new IllegalArgumentException();
            }
            return raw;
          });

  /** A comma-separated list of event type wire names. */
  ValueParser<Set<EventType>> EVENT_TYPES =
      of(
          "a comma-separated list of event types: "
              + String.join(
                  ", ", Arrays.stream(EventType.values()).map(EventType::wireName).toList()),
          raw -> {
            List<EventType> types = new ArrayList<>();
            for (String name : splitList(raw)) {
              types.add(EventType.fromWireName(name).orElseThrow(IllegalArgumentException::new));
            }
            if (types.isEmpty()) {
              throw new IllegalArgumentException();
            }
            return Set.copyOf(types);
          });

  /** A comma-separated list of class-name prefixes such as {@code com.acme.,org.example.Foo}. */
  ValueParser<List<String>> CLASS_PREFIXES =
      of(
          "a comma-separated list of class-name prefixes such as com.acme.dequeuer.",
          raw -> {
            List<String> prefixes = splitList(raw);
            for (String prefix : prefixes) {
              if (!prefix.matches("[\\p{L}_$][\\p{L}\\p{N}_$.]*")) {
                throw new IllegalArgumentException();
              }
            }
            return prefixes;
          });

  /**
   * A whole number at least {@code min}.
   *
   * @param min the smallest value accepted
   * @return the parser
   */
  static ValueParser<Integer> intFrom(int min) {
    return intBetween(min, Integer.MAX_VALUE);
  }

  /**
   * A whole number from {@code min} to {@code max}.
   *
   * @param min the smallest value accepted
   * @param max the largest value accepted
   * @return the parser
   */
  static ValueParser<Integer> intBetween(int min, int max) {
    return of(
        "a whole number from " + min + " to " + max,
        raw -> {
          int value = Integer.parseInt(raw);
          if (value < min || value > max) {
            throw new IllegalArgumentException();
          }
          return value;
        });
  }

  /**
   * A duration such as {@code 500ms}, {@code 2s}, {@code 1m}; a bare number is milliseconds.
   *
   * @param allowZero whether {@code 0} is accepted
   * @return the parser
   */
  static ValueParser<Duration> duration(boolean allowZero) {
    Pattern form = Pattern.compile("(\\d+)\\s*(ns|us|ms|s|m|h)?");
    return of(
        (allowZero ? "a duration of 0 or more" : "a duration greater than 0")
            + " with a unit ns, us, ms, s, m or h, e.g. 500ms or 2s",
        raw -> {
          Matcher matcher = form.matcher(raw.toLowerCase(Locale.ROOT));
          if (!matcher.matches()) {
            throw new IllegalArgumentException();
          }
          long amount = Long.parseLong(matcher.group(1));
          String unit = matcher.group(2) == null ? "ms" : matcher.group(2);
          Duration value =
              switch (unit) {
                case "ns" -> Duration.ofNanos(amount);
                case "us" -> Duration.ofNanos(Math.multiplyExact(amount, 1000L));
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
              };
          if (value.isZero() && !allowZero) {
            throw new IllegalArgumentException();
          }
          return value;
        });
  }

  /**
   * A parser from a description and a function.
   *
   * @param accepted what the parser accepts
   * @param parse the function; throws {@link IllegalArgumentException} (or {@link
   *     NumberFormatException}, {@link ArithmeticException}) on bad text
   * @param <T> the value's type
   * @return the parser
   */
  static <T> ValueParser<T> of(String accepted, java.util.function.Function<String, T> parse) {
    return new ValueParser<>() {
      @Override
      public T parse(String raw) {
        try {
          return parse.apply(raw);
        } catch (ArithmeticException e) {
          throw new IllegalArgumentException(e);
        }
      }

      @Override
      public String accepted() {
        return accepted;
      }
    };
  }

  private static List<String> splitList(String raw) {
    return Arrays.stream(raw.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
  }
}
