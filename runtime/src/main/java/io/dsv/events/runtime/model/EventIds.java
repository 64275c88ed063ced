package io.dsv.events.runtime.model;

import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Event ids unique within the process and across processes.
 *
 * <p>The Go package uses {@code evt_<unix nanos>}, which collides when two events are made in the
 * same nanosecond. Here the time part keeps ids roughly sortable, a random per-process token
 * separates processes, and a counter separates events of the same process: {@code evt_<unix
 * nanos>_<process token>_<sequence>}.
 */
public final class EventIds {
  private static final String PROCESS_TOKEN = newProcessToken();
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private EventIds() {}

  /**
   * A new id.
   *
   * @param now the event's time, whose nanoseconds lead the id
   * @return an id such as {@code evt_1764874800123456789_3f9a1c0b7d2e4a61_42}
   */
  public static String next(Instant now) {
    long unixNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    // Sized for the whole id: it is made for every event, and the JIT does not presize a builder
    // that appends longs (string concatenation is compiled to builders here, see the build).
    return new StringBuilder(64)
        .append("evt_")
        .append(unixNanos)
        .append('_')
        .append(PROCESS_TOKEN)
        .append('_')
        .append(SEQUENCE.incrementAndGet())
        .toString();
  }

  /**
   * Random, not secret: it only has to differ between processes, so the JDK's seeded generator
   * serves, without the start-up cost of a {@code SecureRandom} (security providers, {@code
   * /dev/urandom}) on the first event.
   */
  private static String newProcessToken() {
    return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
  }
}
