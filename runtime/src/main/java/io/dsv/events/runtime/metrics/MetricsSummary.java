package io.dsv.events.runtime.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The one-line summary of the meters that the runtime logs periodically (the Go package logs its
 * metrics every 30 s): totals over all types, read from the registry.
 */
public final class MetricsSummary {
  private MetricsSummary() {}

  /**
   * The summary of what is on a registry now.
   *
   * @param registry the runtime's registry
   * @param withConnection whether to say if Redis is connected (not after the publisher stopped)
   * @return e.g. {@code emitted 120, processed 120, dropped 0, published 118, ...}
   */
  public static String of(MeterRegistry registry, boolean withConnection) {
    StringBuilder line = new StringBuilder();
    append(line, "emitted", counted(registry, MetricNames.EVENTS_EMITTED));
    append(line, "processed", counted(registry, MetricNames.EVENTS_PROCESSED));
    append(line, "dropped", counted(registry, MetricNames.EVENTS_DROPPED));
    append(line, "processing errors", counted(registry, MetricNames.PROCESSING_ERRORS));
    if (registry.find(MetricNames.EVENTS_PUBLISHED).meter() != null) {
      append(line, "published", counted(registry, MetricNames.EVENTS_PUBLISHED));
      append(line, "publish dropped", counted(registry, MetricNames.PUBLISH_DROPPED));
      append(line, "publish failed", counted(registry, MetricNames.PUBLISH_FAILED));
      append(line, "pending", Math.round(gauged(registry, MetricNames.PUBLISHER_PENDING)));
      if (withConnection) {
        line.append(
            gauged(registry, MetricNames.PUBLISHER_CONNECTED) > 0
                ? ", Redis connected"
                : ", Redis NOT connected");
      }
    }
    append(line, "buffer usage %", Math.round(100 * gauged(registry, MetricNames.BUFFER_USAGE)));
    return line.toString();
  }

  private static void append(StringBuilder line, String label, long value) {
    if (!line.isEmpty()) {
      line.append(", ");
    }
    line.append(label).append(' ').append(value);
  }

  private static long counted(MeterRegistry registry, String name) {
    double sum = 0;
    for (FunctionCounter counter : registry.find(name).functionCounters()) {
      sum += counter.count();
    }
    for (io.micrometer.core.instrument.Counter counter : registry.find(name).counters()) {
      sum += counter.count();
    }
    return Math.round(sum);
  }

  private static double gauged(MeterRegistry registry, String name) {
    double sum = 0;
    for (Gauge gauge : registry.find(name).gauges()) {
      double value = gauge.value();
      sum += Double.isNaN(value) ? 0 : value;
    }
    return sum;
  }
}
