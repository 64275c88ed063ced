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

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.metrics.PerTypeCounter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The publisher's counts, per event type; Micrometer meters are views over them. Every event handed
 * to the publisher ends in exactly one of published, dropped or failed (or is pending).
 */
final class PublisherMetrics {
  private final PerTypeCounter accepted = new PerTypeCounter();
  private final PerTypeCounter published = new PerTypeCounter();
  private final PerTypeCounter failed = new PerTypeCounter();
  private final PerTypeCounter[] dropped = new PerTypeCounter[PublishDropReason.values().length];
  final LongAdder batches = new LongAdder();
  final LongAdder connectionErrors = new LongAdder();
  final LongAdder commandErrors = new LongAdder();

  PublisherMetrics() {
    for (PublishDropReason reason : PublishDropReason.values()) {
      dropped[reason.ordinal()] = new PerTypeCounter();
    }
  }

  void accepted(EventType type) {
    accepted.increment(type);
  }

  void published(EventType type) {
    published.increment(type);
  }

  void failed(EventType type) {
    failed.increment(type);
  }

  void dropped(EventType type, PublishDropReason reason) {
    dropped[reason.ordinal()].increment(type);
  }

  PublisherCounts counts(EventType type) {
    long droppedSum = 0;
    for (PerTypeCounter reason : dropped) {
      droppedSum += reason.of(type);
    }
    long failedSum = failed.of(type);
    long publishedSum = published.of(type);
    // Read accepted last: it is counted first, so pending can never come out negative.
    long acceptedSum = accepted.of(type);
    return new PublisherCounts(
        acceptedSum,
        publishedSum,
        droppedSum,
        failedSum,
        acceptedSum - publishedSum - droppedSum - failedSum);
  }

  PublisherCounts totals() {
    PublisherCounts sum = new PublisherCounts(0, 0, 0, 0, 0);
    for (EventType type : EventType.values()) {
      sum = sum.plus(counts(type));
    }
    return sum;
  }

  void register(MeterRegistry registry, Supplier<Number> pending, Supplier<Number> connected) {
    published.register(registry, EVENTS_PUBLISHED, "Events Redis acknowledged", Tags.empty());
    failed.register(
        registry, PUBLISH_FAILED, "Events Redis refused with an error reply", Tags.empty());
    for (PublishDropReason reason : PublishDropReason.values()) {
      dropped[reason.ordinal()].register(
          registry,
          PUBLISH_DROPPED,
          "Events the publisher gave up on",
          Tags.of(TAG_REASON, reason.tag()));
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
}
