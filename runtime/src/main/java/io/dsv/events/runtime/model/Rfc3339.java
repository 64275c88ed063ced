package io.dsv.events.runtime.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats instants as Go's {@code time.RFC3339Nano} does for UTC times: seconds, then the fraction
 * with trailing zeros trimmed, then {@code Z}. {@link DateTimeFormatter} is slow enough to show in
 * the publisher's profile, so the date-and-seconds part is formatted once per second and reused.
 */
final class Rfc3339 {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private record Second(long epochSecond, String text) {}

  private static volatile Second lastSecond = new Second(Long.MIN_VALUE, "");

  private Rfc3339() {}

  static String format(Instant instant) {
    Second second = lastSecond;
    if (second.epochSecond() != instant.getEpochSecond()) {
      second = new Second(instant.getEpochSecond(), SECONDS.format(instant));
      lastSecond = second;
    }
    int nanos = instant.getNano();
    if (nanos == 0) {
      return second.text() + 'Z';
    }
    int digits = 9;
    while (nanos % 10 == 0) {
      nanos /= 10;
      digits--;
    }
    StringBuilder text =
        new StringBuilder(second.text().length() + 11).append(second.text()).append('.');
    String fraction = Integer.toString(nanos);
    for (int pad = fraction.length(); pad < digits; pad++) {
      text.append('0');
    }
    return text.append(fraction).append('Z').toString();
  }
}
