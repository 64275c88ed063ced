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

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.metrics.PerTypeCounter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The emitter's counts, per event type. Counting is always on (it is what makes the accounting
 * exact and {@link Emitter#getMetrics()} work); Micrometer meters are read-only views over these
 * counts, registered only when metrics are enabled, so the hot path never touches a registry.
 */
final class EmitterMetrics {
  private final PerTypeCounter emitted = new PerTypeCounter();
  private final PerTypeCounter processed = new PerTypeCounter();
  private final PerTypeCounter[] dropped = new PerTypeCounter[DropReason.values().length];
  final LongAdder sinkFailures = new LongAdder();

  EmitterMetrics() {
    for (DropReason reason : DropReason.values()) {
      dropped[reason.ordinal()] = new PerTypeCounter();
    }
  }

  void emitted(EventType type) {
    emitted.increment(type);
  }

  void processed(EventType type) {
    processed.increment(type);
  }

  void dropped(EventType type, DropReason reason) {
    dropped[reason.ordinal()].increment(type);
  }

  long emittedTotal() {
    return emitted.total();
  }

  long processedTotal() {
    return processed.total();
  }

  long processedOf(EventType type) {
    return processed.of(type);
  }

  long emittedOf(EventType type) {
    return emitted.of(type);
  }

  long droppedOf(EventType type) {
    long sum = 0;
    for (PerTypeCounter reason : dropped) {
      sum += reason.of(type);
    }
    return sum;
  }

  long droppedTotal() {
    long sum = 0;
    for (PerTypeCounter reason : dropped) {
      sum += reason.total();
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
    emitted.register(registry, EVENTS_EMITTED, "Events passed to emit", Tags.empty());
    processed.register(
        registry, EVENTS_PROCESSED, "Events dispatched to subscribers", Tags.empty());
    for (DropReason reason : DropReason.values()) {
      dropped[reason.ordinal()].register(
          registry,
          EVENTS_DROPPED,
          "Events the emitter did not accept",
          Tags.of(TAG_REASON, reason.tag()));
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
}
