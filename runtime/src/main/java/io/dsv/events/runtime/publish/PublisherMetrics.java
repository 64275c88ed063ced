package io.dsv.events.runtime.publish;

import static io.dsv.events.runtime.metrics.MetricNames.EVENTS_PUBLISHED;
import static io.dsv.events.runtime.metrics.MetricNames.PUBLISHER_BATCHES;
import static io.dsv.events.runtime.metrics.MetricNames.PUBLISHER_CONNECTED;
import static io.dsv.events.runtime.metrics.MetricNames.PUBLISHER_ERRORS;
import static io.dsv.events.runtime.metrics.MetricNames.PUBLISHER_PENDING;
import static io.dsv.events.runtime.metrics.MetricNames.PUBLISH_DROPPED;
import static io.dsv.events.runtime.metrics.MetricNames.PUBLISH_FAILED;
import static io.dsv.events.runtime.metrics.MetricNames.TAG_KIND;
import static io.dsv.events.runtime.metrics.MetricNames.TAG_REASON;
import static io.dsv.events.runtime.metrics.MetricNames.TAG_TYPE;

import io.dsv.events.annotations.EventType;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The publisher's counts, per event type; Micrometer meters are views over them. Every event handed
 * to the publisher ends in exactly one of published, dropped or failed (or is pending).
 */
final class PublisherMetrics {
  private static final int TYPES = EventType.values().length;

  private final LongAdder[] accepted = adders(TYPES);
  private final LongAdder[] published = adders(TYPES);
  private final LongAdder[] failed = adders(TYPES);
  private final LongAdder[][] dropped = new LongAdder[PublishDropReason.values().length][];
  final LongAdder batches = new LongAdder();
  final LongAdder connectionErrors = new LongAdder();
  final LongAdder commandErrors = new LongAdder();

  PublisherMetrics() {
    for (PublishDropReason reason : PublishDropReason.values()) {
      dropped[reason.ordinal()] = adders(TYPES);
    }
  }

  void accepted(EventType type) {
    accepted[type.ordinal()].increment();
  }

  void published(EventType type) {
    published[type.ordinal()].increment();
  }

  void failed(EventType type) {
    failed[type.ordinal()].increment();
  }

  void dropped(EventType type, PublishDropReason reason) {
    dropped[reason.ordinal()][type.ordinal()].increment();
  }

  PublisherCounts counts(EventType type) {
    long droppedSum = 0;
    for (PublishDropReason reason : PublishDropReason.values()) {
      droppedSum += dropped[reason.ordinal()][type.ordinal()].sum();
    }
    long failedSum = failed[type.ordinal()].sum();
    long publishedSum = published[type.ordinal()].sum();
    // Read accepted last: it is counted first, so pending can never come out negative.
    long acceptedSum = accepted[type.ordinal()].sum();
    return new PublisherCounts(
        acceptedSum,
        publishedSum,
        droppedSum,
        failedSum,
        acceptedSum - publishedSum - droppedSum - failedSum);
  }

  void register(MeterRegistry registry, Supplier<Number> pending, Supplier<Number> connected) {
    for (EventType type : EventType.values()) {
      String wire = type.wireName();
      FunctionCounter.builder(EVENTS_PUBLISHED, published[type.ordinal()], LongAdder::doubleValue)
          .description("Events Redis acknowledged")
          .tag(TAG_TYPE, wire)
          .register(registry);
      FunctionCounter.builder(PUBLISH_FAILED, failed[type.ordinal()], LongAdder::doubleValue)
          .description("Events Redis refused with an error reply")
          .tag(TAG_TYPE, wire)
          .register(registry);
      for (PublishDropReason reason : PublishDropReason.values()) {
        FunctionCounter.builder(
                PUBLISH_DROPPED, dropped[reason.ordinal()][type.ordinal()], LongAdder::doubleValue)
            .description("Events the publisher gave up on")
            .tags(TAG_TYPE, wire, TAG_REASON, reason.tag())
            .register(registry);
      }
    }
    FunctionCounter.builder(PUBLISHER_BATCHES, batches, LongAdder::doubleValue)
        .description("Batches sent to Redis")
        .register(registry);
    FunctionCounter.builder(PUBLISHER_ERRORS, connectionErrors, LongAdder::doubleValue)
        .description("Batches that failed for want of a connection (retried)")
        .tag(TAG_KIND, "connection")
        .register(registry);
    FunctionCounter.builder(PUBLISHER_ERRORS, commandErrors, LongAdder::doubleValue)
        .description("PUBLISH commands Redis answered with an error")
        .tag(TAG_KIND, "command")
        .register(registry);
    Gauge.builder(PUBLISHER_PENDING, pending).description("Events waiting").register(registry);
    Gauge.builder(PUBLISHER_CONNECTED, connected)
        .description("1 while connected to Redis")
        .register(registry);
  }

  private static LongAdder[] adders(int count) {
    LongAdder[] adders = new LongAdder[count];
    for (int i = 0; i < count; i++) {
      adders[i] = new LongAdder();
    }
    return adders;
  }
}
