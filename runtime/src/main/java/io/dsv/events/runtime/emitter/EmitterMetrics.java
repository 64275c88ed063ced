package io.dsv.events.runtime.emitter;

import static io.dsv.events.runtime.metrics.MetricNames.BUFFER_USAGE;
import static io.dsv.events.runtime.metrics.MetricNames.EVENTS_DROPPED;
import static io.dsv.events.runtime.metrics.MetricNames.EVENTS_EMITTED;
import static io.dsv.events.runtime.metrics.MetricNames.EVENTS_PROCESSED;
import static io.dsv.events.runtime.metrics.MetricNames.PROCESSING_ERRORS;
import static io.dsv.events.runtime.metrics.MetricNames.SUBSCRIBERS;
import static io.dsv.events.runtime.metrics.MetricNames.SUBSCRIBER_DROPPED;
import static io.dsv.events.runtime.metrics.MetricNames.TAG_KIND;
import static io.dsv.events.runtime.metrics.MetricNames.TAG_REASON;
import static io.dsv.events.runtime.metrics.MetricNames.TAG_SUBSCRIBER;
import static io.dsv.events.runtime.metrics.MetricNames.TAG_TYPE;

import io.dsv.events.annotations.EventType;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The emitter's counts, per event type. Counting is always on (it is what makes the accounting
 * exact and {@link Emitter#getMetrics()} work); Micrometer meters are read-only views over these
 * counts, registered only when metrics are enabled, so the hot path never touches a registry.
 */
final class EmitterMetrics {
  private final LongAdder[] emitted = adders(EventType.values().length);
  private final LongAdder[] processed = adders(EventType.values().length);
  private final LongAdder[][] dropped = new LongAdder[DropReason.values().length][];
  final LongAdder sinkFailures = new LongAdder();

  EmitterMetrics() {
    for (DropReason reason : DropReason.values()) {
      dropped[reason.ordinal()] = adders(EventType.values().length);
    }
  }

  void emitted(EventType type) {
    emitted[type.ordinal()].increment();
  }

  void processed(EventType type) {
    processed[type.ordinal()].increment();
  }

  void dropped(EventType type, DropReason reason) {
    dropped[reason.ordinal()][type.ordinal()].increment();
  }

  long emittedTotal() {
    return total(emitted);
  }

  long processedTotal() {
    return total(processed);
  }

  long processedOf(EventType type) {
    return processed[type.ordinal()].sum();
  }

  long emittedOf(EventType type) {
    return emitted[type.ordinal()].sum();
  }

  long droppedOf(EventType type) {
    long sum = 0;
    for (DropReason reason : DropReason.values()) {
      sum += dropped[reason.ordinal()][type.ordinal()].sum();
    }
    return sum;
  }

  long droppedTotal() {
    long sum = 0;
    for (DropReason reason : DropReason.values()) {
      sum += total(dropped[reason.ordinal()]);
    }
    return sum;
  }

  /** Whether every emit so far has been dispatched or dropped. */
  boolean allAccountedFor() {
    // Read emitted first: an emit counts itself before anything else, so a later read of the
    // outcomes can only have caught up, never overtaken.
    long emittedNow = emittedTotal();
    return processedTotal() + droppedTotal() >= emittedNow;
  }

  void register(
      MeterRegistry registry, Supplier<Number> bufferUsage, Supplier<Number> subscribers) {
    for (EventType type : EventType.values()) {
      String wire = type.wireName();
      LongAdder emittedCount = emitted[type.ordinal()];
      LongAdder processedCount = processed[type.ordinal()];
      FunctionCounter.builder(EVENTS_EMITTED, emittedCount, LongAdder::doubleValue)
          .description("Events passed to emit")
          .tag(TAG_TYPE, wire)
          .register(registry);
      FunctionCounter.builder(EVENTS_PROCESSED, processedCount, LongAdder::doubleValue)
          .description("Events dispatched to subscribers")
          .tag(TAG_TYPE, wire)
          .register(registry);
      for (DropReason reason : DropReason.values()) {
        FunctionCounter.builder(
                EVENTS_DROPPED, dropped[reason.ordinal()][type.ordinal()], LongAdder::doubleValue)
            .description("Events the emitter did not accept")
            .tag(TAG_TYPE, wire)
            .tag(TAG_REASON, reason.tag())
            .register(registry);
      }
    }
    FunctionCounter.builder(PROCESSING_ERRORS, sinkFailures, LongAdder::doubleValue)
        .description("Sinks that threw, against their contract")
        .tags(TAG_SUBSCRIBER, "sink", TAG_KIND, "exception")
        .register(registry);
    Gauge.builder(BUFFER_USAGE, bufferUsage).description("Buffer fill, 0 to 1").register(registry);
    Gauge.builder(SUBSCRIBERS, subscribers)
        .description("Registered subscribers")
        .register(registry);
  }

  /** Registers one subscriber's failure and drop counts, tagged with its id. */
  static void registerLane(MeterRegistry registry, SubscriberLane lane) {
    String id = lane.subscriber().id();
    FunctionCounter.builder(PROCESSING_ERRORS, lane.failures, LongAdder::doubleValue)
        .description("Handler calls that threw")
        .tags(TAG_SUBSCRIBER, id, TAG_KIND, "exception")
        .register(registry);
    FunctionCounter.builder(PROCESSING_ERRORS, lane.timeouts, LongAdder::doubleValue)
        .description("Handler calls that ran past the handler timeout")
        .tags(TAG_SUBSCRIBER, id, TAG_KIND, "timeout")
        .register(registry);
    FunctionCounter.builder(SUBSCRIBER_DROPPED, lane.dropped, LongAdder::doubleValue)
        .description("Events a subscriber's queue could not take")
        .tag(TAG_SUBSCRIBER, id)
        .register(registry);
  }

  private static LongAdder[] adders(int count) {
    LongAdder[] adders = new LongAdder[count];
    for (int i = 0; i < count; i++) {
      adders[i] = new LongAdder();
    }
    return adders;
  }

  private static long total(LongAdder[] adders) {
    long sum = 0;
    for (LongAdder adder : adders) {
      sum += adder.sum();
    }
    return sum;
  }
}
