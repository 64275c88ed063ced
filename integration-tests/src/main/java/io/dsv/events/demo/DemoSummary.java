package io.dsv.events.demo;

import io.dsv.events.annotations.EventType;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's closing table: per event type, what the services emitted, published and dropped (from
 * their Prometheus page) and what the reader on Redis received.
 */
final class DemoSummary {
  private static final String ROW = "%-30s %8s %10s %9s %8s%n";

  private final PrometheusScrape services;
  private final Map<EventType, Long> received;

  DemoSummary(PrometheusScrape services, Map<EventType, Long> received) {
    this.services = services;
    this.received = received;
  }

  /** Every type emitted, all published and received, none dropped. */
  boolean complete() {
    for (EventType type : EventType.values()) {
      long emitted = services.emitted(type);
      if (emitted == 0
          || services.published(type) != emitted
          || received(type) != emitted
          || services.dropped(type) != 0) {
        return false;
      }
    }
    return true;
  }

  /** Everything emitted so far is accounted for: published or dropped, and received. */
  boolean settled() {
    for (EventType type : EventType.values()) {
      long emitted = services.emitted(type);
      if (services.published(type) + services.dropped(type) != emitted
          || received(type) != services.published(type)) {
        return false;
      }
    }
    return true;
  }

  void print(PrintStream out) {
    out.printf(Locale.ROOT, ROW, "event type", "emitted", "published", "received", "dropped");
    long[] totals = new long[4];
    for (EventType type : EventType.values()) {
      long[] row = {
        services.emitted(type), services.published(type), received(type), services.dropped(type)
      };
      printRow(out, type.wireName(), row);
      for (int i = 0; i < row.length; i++) {
        totals[i] += row[i];
      }
    }
    printRow(out, "total", totals);
  }

  private static void printRow(PrintStream out, String label, long[] values) {
    out.printf(
        Locale.ROOT,
        ROW,
        label,
        String.valueOf(values[0]),
        String.valueOf(values[1]),
        String.valueOf(values[2]),
        String.valueOf(values[3]));
  }

  private long received(EventType type) {
    return received.getOrDefault(type, 0L);
  }
}
