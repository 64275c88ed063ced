package io.dsv.events.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.emitter.Subscriber;
import io.dsv.events.runtime.emitter.SubscriberCounts;
import io.dsv.events.runtime.model.PipelineEvents;
import io.dsv.events.runtime.testing.ChannelRecorder;
import io.dsv.events.runtime.testing.Prefixes;
import io.dsv.events.runtime.testing.PublishedCounts;
import io.dsv.events.runtime.testing.RedisServers;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A subscriber that hangs forever and one that throws on every event, beside the Redis publisher:
 * neither delays Redis nor loses an event there, and both are counted exactly.
 */
@Timeout(120)
class HandlerFaultsTest {
  private static final int EVENTS = 2_000;

  private final String redis = RedisServers.shared();
  private final String prefix = Prefixes.unique();

  @Test
  void hangingAndThrowingHandlersNeitherDelayRedisNorGoUncounted() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    DsvEventsConfig config =
        DsvEventsConfig.of(
            Map.of(
                "redis.uri", redis,
                "channel.prefix", prefix,
                "handler.timeout", "200ms",
                "flush.interval", "50ms",
                "buffer.size", "100000",
                "metrics.log.interval", "0"));
    try (ChannelRecorder recorder = ChannelRecorder.patterns(redis, prefix + "*");
        DsvEventsRuntime runtime = DsvEventsRuntime.start(config)) {
      runtime.emitter().subscribe(Subscriber.toAll("hangs", event -> never.await()));
      runtime
          .emitter()
          .subscribe(
              Subscriber.toAll(
                  "throws",
                  event -> {
                    throw new IllegalStateException("handler bug");
                  }));
      for (int i = 0; i < EVENTS; i++) {
        runtime.emitter().emit(PipelineEvents.epochStarted("dequeuer", "epoch_" + i));
      }

      await().atMost(Duration.ofSeconds(30)).until(() -> recorder.messages().size() == EVENTS);
      PublishedCounts.awaitPublished(runtime, EventType.EPOCH_STARTED, EVENTS);
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                SubscriberCounts throwing =
                    runtime.emitter().subscriberCounts("throws").orElseThrow();
                assertThat(throwing.failed()).isEqualTo(EVENTS);
                SubscriberCounts hanging =
                    runtime.emitter().subscriberCounts("hangs").orElseThrow();
                assertThat(hanging.timedOut()).isPositive();
              });
      assertThat(runtime.emitter().counts(EventType.EPOCH_STARTED).processed()).isEqualTo(EVENTS);
    }
  }
}
