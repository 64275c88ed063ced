package io.dsv.events.runtime.emitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.PipelineEvents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class EmitterTest {
  private final List<Emitter> emitters = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stopAll() {
    release.countDown();
    emitters.forEach(e -> e.stop(Duration.ofSeconds(5)));
  }

  private Emitter started(EmitterConfig config) {
    Emitter emitter = new Emitter(config, new SimpleMeterRegistry()).start();
    emitters.add(emitter);
    return emitter;
  }

  @Test
  void defaultsAreTheGoPackages() {
    EmitterConfig config = EmitterConfig.defaults();
    assertThat(config.bufferSize()).isEqualTo(1000);
    assertThat(config.workers()).isEqualTo(10);
    assertThat(config.handlerTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.metricsEnabled()).isTrue();
    assertThat(config.dropOnOverflow()).isTrue();
  }

  @Test
  void twoProducersTimesHundredThousandAreAccountedForExactly() throws Exception {
    Emitter emitter = started(EmitterConfig.defaults().withBufferSize(4096));
    AtomicLong received = new AtomicLong();
    emitter.subscribe(Subscriber.toAll("count", event -> received.incrementAndGet()));
    EventType[] types = {EventType.EPOCH_STARTED, EventType.QUEUE_DEPTH_CHANGED};
    long[] accepted = new long[2];
    List<Thread> producers = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      int producer = p;
      Event event = PipelineEvents.of(types[p], "test", payloadFor(types[p]));
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 100_000; i++) {
                  if (emitter.emit(event).accepted()) {
                    accepted[producer]++;
                  }
                }
              });
      thread.start();
      producers.add(thread);
    }
    for (Thread producer : producers) {
      producer.join();
    }
    assertThat(emitter.stop()).isTrue();

    for (int p = 0; p < 2; p++) {
      TypeCounts counts = emitter.counts(types[p]);
      assertThat(counts.emitted()).isEqualTo(100_000);
      assertThat(counts.processed() + counts.dropped() + counts.queued()).isEqualTo(100_000);
      assertThat(counts.queued()).isZero();
      assertThat(counts.processed()).isEqualTo(accepted[p]);
    }
    Map<String, Long> metrics = emitter.getMetrics();
    assertThat(metrics.get("events_emitted")).isEqualTo(200_000);
    assertThat(metrics.get("events_processed") + metrics.get("events_dropped")).isEqualTo(200_000);
    SubscriberCounts sub = emitter.subscriberCounts("count").orElseThrow();
    assertThat(received.get() + sub.dropped()).isEqualTo(metrics.get("events_processed"));
    assertThat(sub.delivered()).isEqualTo(received.get());
  }

  @Test
  void overflowIsCountedPerTypeAndNeverBlocks() {
    Emitter emitter = started(EmitterConfig.defaults().withBufferSize(10).withWorkers(1));
    CountDownLatch entered = new CountDownLatch(1);
    emitter.subscribe(
        Subscriber.toAll(
            "blocker",
            event -> {
              entered.countDown();
              release.await();
            }));
    // Fill the subscriber's lane and the buffer behind the blocked handler.
    for (int i = 0; i < 200; i++) {
      emitter.emitEpochStarted("test", "e" + i);
    }
    long started = System.nanoTime();
    EmitResult result = emitter.emitEpochStarted("test", "overflow");
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    TypeCounts counts = emitter.counts(EventType.EPOCH_STARTED);
    assertThat(counts.emitted()).isEqualTo(201);
    assertThat(counts.emitted()).isEqualTo(counts.processed() + counts.dropped() + counts.queued());
    SubscriberCounts blocked = emitter.subscriberCounts("blocker").orElseThrow();
    assertThat(counts.dropped() + blocked.dropped()).isPositive();
    assertThat(emitter.getMetrics().get("events_dropped")).isEqualTo(counts.dropped());
    assertThat(tookMs).as("emit must not wait").isLessThan(1000);
    assertThat(result).isIn(EmitResult.ACCEPTED, EmitResult.DROPPED_BUFFER_FULL);
  }

  @Test
  void fullBufferDropsWithReasonWhenNothingDrains() {
    // Not started: the dispatcher does not run, so the outcome is deterministic.
    Emitter emitter = new Emitter(EmitterConfig.defaults().withBufferSize(5));
    emitters.add(emitter);

    assertThat(emitter.emitEpochStarted("c", "e")).isEqualTo(EmitResult.DROPPED_NOT_RUNNING);
    assertThat(emitter.counts(EventType.EPOCH_STARTED).dropped()).isEqualTo(1);
    assertThat(
            emitter
                .registry()
                .get("events.dropped")
                .tag("type", "epoch_started")
                .tag("reason", "not_running")
                .functionCounter()
                .count())
        .isEqualTo(1.0);
  }

  @Test
  void blockingEmitWaitsBoundedThenDrops() {
    // The dispatcher is held back, so the buffer stays full and the outcome is deterministic.
    Emitter emitter =
        new Emitter(
            EmitterConfig.defaults().withBufferSize(2).withOverflow(false, Duration.ofMillis(200)),
            new SimpleMeterRegistry(),
            heldBackDispatcher());
    emitters.add(emitter.start());

    assertThat(emitter.emitEpochStarted("c", "e1")).isEqualTo(EmitResult.ACCEPTED);
    assertThat(emitter.emitEpochStarted("c", "e2")).isEqualTo(EmitResult.ACCEPTED);
    long started = System.nanoTime();
    EmitResult third = emitter.emitEpochStarted("c", "e3");
    long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    assertThat(third).isEqualTo(EmitResult.DROPPED_WAIT_TIMED_OUT);
    assertThat(waitedMs).isBetween(150L, 5_000L);
    TypeCounts counts = emitter.counts(EventType.EPOCH_STARTED);
    assertThat(counts).isEqualTo(new TypeCounts(3, 0, 1, 2));
  }

  @Test
  void blockingEmitSucceedsOnceRoomAppears() throws Exception {
    Emitter emitter =
        new Emitter(
            EmitterConfig.defaults().withBufferSize(1).withOverflow(false, Duration.ofSeconds(30)),
            new SimpleMeterRegistry(),
            heldBackDispatcher());
    emitters.add(emitter.start());
    emitter.emitEpochStarted("c", "e1");

    Thread releaser =
        new Thread(
            () -> {
              java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
              release.countDown();
            });
    releaser.start();

    assertThat(emitter.emitEpochStarted("c", "e2")).isEqualTo(EmitResult.ACCEPTED);
    releaser.join();
  }

  @Test
  void fullBufferDropsAtOnceByDefault() {
    Emitter emitter =
        new Emitter(
            EmitterConfig.defaults().withBufferSize(3),
            new SimpleMeterRegistry(),
            heldBackDispatcher());
    emitters.add(emitter.start());

    for (int i = 0; i < 10; i++) {
      emitter.emitEpochStarted("c", "e" + i);
    }

    assertThat(emitter.counts(EventType.EPOCH_STARTED)).isEqualTo(new TypeCounts(10, 0, 7, 3));
    assertThat(
            emitter
                .registry()
                .get("events.dropped")
                .tag("reason", "buffer_full")
                .tag("type", "epoch_started")
                .functionCounter()
                .count())
        .isEqualTo(7.0);
    assertThat(emitter.getMetrics().get("buffer_usage")).isEqualTo(100);
  }

  /** A dispatcher thread that starts dispatching only when the test releases it. */
  private ThreadFactory heldBackDispatcher() {
    return dispatch -> {
      Thread thread =
          new Thread(
              () -> {
                try {
                  release.await();
                } catch (InterruptedException e) {
                  return;
                }
                dispatch.run();
              });
      thread.setDaemon(true);
      return thread;
    };
  }

  @Test
  void hangingHandlerDelaysNoOtherSubscriberAndIsCountedAsTimeout() {
    Emitter emitter =
        started(EmitterConfig.defaults().withWorkers(1).withHandlerTimeout(Duration.ofMillis(200)));
    emitter.subscribe(
        Subscriber.toAll(
            "hangs",
            event -> {
              while (true) {
                try {
                  release.await(); // hangs until the test ends, ignoring interrupts
                  return;
                } catch (InterruptedException ignored) {
                  // keep hanging
                }
              }
            }));
    List<Event> fast = new CopyOnWriteArrayList<>();
    emitter.subscribe(Subscriber.toAll("fast", fast::add));

    for (int i = 0; i < 50; i++) {
      emitter.emitEpochStarted("c", "e" + i);
    }

    // One worker only, and it is stuck: the fast subscriber still gets every event because the
    // pool replaces a worker whose handler timed out.
    await().atMost(Duration.ofSeconds(10)).until(() -> fast.size() == 50);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> emitter.subscriberCounts("hangs").orElseThrow().timedOut() == 1);
    assertThat(emitter.getMetrics().get("processing_errors")).isEqualTo(1);
  }

  @Test
  void slowHandlerDoesNotDelayASecondSubscriberOfTheSameEvent() {
    Emitter emitter = started(EmitterConfig.defaults());
    emitter.subscribe(Subscriber.toAll("slow", event -> release.await()));
    CountDownLatch second = new CountDownLatch(1);
    emitter.subscribe(Subscriber.toAll("second", event -> second.countDown()));

    emitter.emitEpochStarted("c", "e1");

    await().atMost(Duration.ofSeconds(2)).until(() -> second.getCount() == 0);
  }

  @Test
  void throwingHandlerIsCountedAndOthersGoOn() {
    Emitter emitter = started(EmitterConfig.defaults());
    emitter.subscribe(
        Subscriber.toAll(
            "throws",
            event -> {
              throw new IllegalStateException("handler bug");
            }));
    AtomicLong ok = new AtomicLong();
    emitter.subscribe(Subscriber.toAll("ok", event -> ok.incrementAndGet()));

    for (int i = 0; i < 20; i++) {
      emitter.emitEpochStarted("c", "e" + i);
    }
    emitter.stop();

    assertThat(ok.get()).isEqualTo(20);
    assertThat(emitter.getMetrics().get("processing_errors")).isEqualTo(20);
    SubscriberCounts throwing = emitter.subscriberCounts("throws").orElseThrow();
    assertThat(throwing.failed()).isEqualTo(20);
    assertThat(
            emitter
                .registry()
                .get("processing.errors")
                .tag("subscriber", "throws")
                .tag("kind", "exception")
                .functionCounter()
                .count())
        .isEqualTo(20.0);
  }

  @Test
  void stopDrainsEverythingAcceptedBeforeReturning() {
    Emitter emitter = started(EmitterConfig.defaults().withBufferSize(10_000).withWorkers(2));
    AtomicLong handled = new AtomicLong();
    emitter.subscribe(
        Subscriber.toAll(
            "slowish",
            event -> {
              handled.incrementAndGet();
              java.util.concurrent.locks.LockSupport.parkNanos(20_000);
            }));
    long accepted = 0;
    for (int i = 0; i < 5_000; i++) {
      if (emitter.emitEpochStarted("c", "e" + i).accepted()) {
        accepted++;
      }
    }

    assertThat(emitter.stop(Duration.ofSeconds(30))).isTrue();

    assertThat(accepted).isEqualTo(5_000);
    assertThat(handled.get()).isEqualTo(5_000);
    assertThat(emitter.emitEpochStarted("c", "late")).isEqualTo(EmitResult.DROPPED_NOT_RUNNING);
  }

  @Test
  void stopGivesUpAtItsTimeoutAndCountsWhatIsLeft() {
    Emitter emitter = started(EmitterConfig.defaults().withWorkers(1).withBufferSize(100));
    emitter.subscribe(Subscriber.toAll("stuck", event -> release.await()));
    for (int i = 0; i < 50; i++) {
      emitter.emitEpochStarted("c", "e" + i);
    }

    long started = System.nanoTime();
    boolean complete = emitter.stop(Duration.ofMillis(300));
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    assertThat(complete).isFalse();
    assertThat(tookMs).isLessThan(5_000);
    TypeCounts counts = emitter.counts(EventType.EPOCH_STARTED);
    assertThat(counts.queued()).isZero();
    SubscriberCounts stuck = emitter.subscriberCounts("stuck").orElseThrow();
    assertThat(stuck.dropped() + stuck.delivered() + stuck.failed() + stuck.timedOut() + 1)
        .isGreaterThanOrEqualTo(counts.processed());
  }

  @Test
  void typesAndFiltersSelectEvents() {
    Emitter emitter = started(EmitterConfig.defaults());
    Set<EventType> seen = ConcurrentHashMap.newKeySet();
    List<Event> dequeuerOnly = new CopyOnWriteArrayList<>();
    emitter.subscribe(
        Subscriber.to("typed", event -> seen.add(event.type()), EventType.WINDOW_OPENED));
    emitter.subscribe(
        new Subscriber(
            "filtered",
            Set.of(),
            event -> event.component().equals("dequeuer"),
            dequeuerOnly::add));

    emitter.emitWindowOpened("monitor", "e1");
    emitter.emitEpochStarted("dequeuer", "e1");
    emitter.stop();

    assertThat(seen).containsExactly(EventType.WINDOW_OPENED);
    assertThat(dequeuerOnly).extracting(Event::type).containsExactly(EventType.EPOCH_STARTED);
    assertThat(emitter.subscriberCounts("filtered").orElseThrow().filtered()).isEqualTo(1);
  }

  @Test
  void subscribeAndUnsubscribeById() {
    Emitter emitter = started(EmitterConfig.defaults());
    emitter.subscribe(Subscriber.toAll("a", event -> {}));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> emitter.subscribe(Subscriber.toAll("a", event -> {})))
        .hasMessage("A subscriber with id 'a' is already registered; ids must be unique.");
    assertThat(emitter.getMetrics().get("subscribers")).isEqualTo(1);
    assertThat(emitter.unsubscribe("a")).isTrue();
    assertThat(emitter.unsubscribe("a")).isFalse();
    assertThat(emitter.getMetrics().get("subscribers")).isZero();
  }

  @Test
  void eventsAreEnrichedWithConfiguredIdentity() {
    Emitter emitter =
        started(EmitterConfig.defaults().withEnrichment("prost_1b", "0xmarket", "validator_1"));
    List<Event> got = new CopyOnWriteArrayList<>();
    emitter.subscribe(Subscriber.toAll("got", got::add));

    emitter.emitEpochStarted("dequeuer", "e1");
    emitter.stop();

    assertThat(got)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.protocol()).isEqualTo("prost_1b");
              assertThat(e.dataMarket()).isEqualTo("0xmarket");
              assertThat(e.sequencerId()).isEqualTo("validator_1");
            });
  }

  @Test
  void goMetricsMapHasTheSeedKeys() {
    Emitter emitter = started(EmitterConfig.defaults());
    assertThat(emitter.getMetrics())
        .containsKeys(
            "events_emitted",
            "events_dropped",
            "events_processed",
            "processing_errors",
            "buffer_usage",
            "subscribers");
  }

  private static io.dsv.events.runtime.model.EventPayload payloadFor(EventType type) {
    return type == EventType.EPOCH_STARTED
        ? new io.dsv.events.runtime.model.EpochPayload("e1", 1, 0, 0)
        : new io.dsv.events.runtime.model.QueueDepthPayload("q", 1, 0, 1, 0, "normal");
  }
}
