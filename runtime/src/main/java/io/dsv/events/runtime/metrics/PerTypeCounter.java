package io.dsv.events.runtime.metrics;

import io.dsv.events.annotations.EventType;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.concurrent.atomic.LongAdder;

/**
 * One count per event type, cheap to increment from any thread; a Micrometer counter per type reads
 * it only when scraped.
 */
public final class PerTypeCounter {
  private final LongAdder[] counts = new LongAdder[EventType.values().length];

  /** A counter at zero for every type. */
  public PerTypeCounter() {
    for (int i = 0; i < counts.length; i++) {
      counts[i] = new LongAdder();
    }
  }

  /**
   * Counts one event.
   *
   * @param type its type
   */
  public void increment(EventType type) {
    counts[type.ordinal()].increment();
  }

  /**
   * The count of one type.
   *
   * @param type the type
   * @return its count
   */
  public long of(EventType type) {
    return counts[type.ordinal()].sum();
  }

  /**
   * The count over all types.
   *
   * @return the sum
   */
  public long total() {
    long sum = 0;
    for (LongAdder count : counts) {
      sum += count.sum();
    }
    return sum;
  }

  /**
   * Registers one function counter per type, tagged {@code type=<wire name>} plus {@code tags}.
   *
   * @param registry where
   * @param name the meter name (see {@link MetricNames})
   * @param description the meter's description
   * @param tags further tags
   */
  public void register(MeterRegistry registry, String name, String description, Tags tags) {
    for (EventType type : EventType.values()) {
      FunctionCounter.builder(name, counts[type.ordinal()], LongAdder::doubleValue)
          .description(description)
          .tags(tags)
          .tag(MetricNames.TAG_TYPE, type.wireName())
          .register(registry);
    }
  }
}
