package io.dsv.events.runtime.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.DsvEventsRuntime;
import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.emitter.Emitter;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.EventJson;
import io.dsv.events.runtime.stream.EventStream;
import io.dsv.events.runtime.testing.ChannelRecorder;
import io.dsv.events.runtime.testing.Prefixes;
import io.dsv.events.runtime.testing.PublishedCounts;
import io.dsv.events.runtime.testing.RedisServers;
import io.dsv.events.runtime.testing.SampleEvents;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The publisher against a real Redis server (see {@link RedisServers}). */
@Timeout(120)
class RedisPublisherTest {
  private final String redis = RedisServers.shared();
  private final String prefix = Prefixes.unique();

  private DsvEventsRuntime runtime(String... settings) {
    Map<String, String> map = new HashMap<>();
    map.put("redis.uri", redis);
    map.put("channel.prefix", prefix);
    for (int i = 0; i < settings.length; i += 2) {
      map.put(settings[i], settings[i + 1]);
    }
    DsvEventsConfig config = DsvEventsConfig.of(map).requireValid();
    return DsvEventsRuntime.start(config, new SimpleMeterRegistry());
  }

  @ParameterizedTest
  @CsvSource({"'',''", "prost_1b,0xabc"})
  void everyTypeArrivesOnItsChannelAndParsesBackEqual(String protocol, String market)
      throws Exception {
    Channels channels = new Channels(prefix, protocol, market);
    try (ChannelRecorder recorder =
            ChannelRecorder.patterns(redis, prefix + "*", "*:*:" + prefix + "*");
        DsvEventsRuntime runtime =
            runtime("protocol", protocol, "data.market", market, "flush.interval", "50ms")) {
      Map<String, Event> sent = new HashMap<>();
      for (EventType type : EventType.values()) {
        Event event = SampleEvents.fullEvent(type);
        sent.put(event.id(), event);
        runtime.emitter().emit(event);
      }

      await().atMost(Duration.ofSeconds(20)).until(() -> recorder.messages().size() >= 20);

      assertThat(recorder.messages()).hasSize(20);
      for (ChannelRecorder.Message message : recorder.messages()) {
        Event received = EventJson.read(message.body());
        Event original = sent.get(received.id());
        assertThat(received).isEqualTo(original);
        assertThat(message.channel()).isEqualTo(channels.channelFor(received.type()));
        assertThat(message.body()).isEqualTo(EventJson.write(original));
      }
    }
  }

  @Test
  void hundredThousandBatchedEventsAreAllReceived() throws Exception {
    int count = 100_000;
    RedisClient client = RedisClient.create();
    Channels channels = new Channels(prefix, "", "");
    try (EventStream stream =
            EventStream.open(client, RedisURI.create(redis), channels, Set.of(), null, count);
        DsvEventsRuntime runtime =
            runtime(
                "buffer.size", "8192",
                "drop.on.overflow", "false",
                "emit.timeout", "30s",
                "outage.buffer", String.valueOf(count))) {
      Emitter emitter = runtime.emitter();
      Set<String> sentIds = new HashSet<>();
      Set<String> receivedIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
      Thread reader =
          new Thread(
              () -> {
                for (Event event : stream) {
                  receivedIds.add(event.id());
                }
              });
      reader.start();
      for (int i = 0; i < count; i++) {
        Event event =
            SampleEvents.fullEvent(i % 2 == 0 ? EventType.PART_COMPLETED : EventType.WINDOW_OPENED);
        sentIds.add(event.id());
        assertThat(emitter.emit(event).accepted()).isTrue();
        if (i % 5_000 == 0) {
          // Redis disconnects a subscriber more than 32 MiB behind (client-output-buffer-limit
          // pubsub): keep the reader within ~20,000 events of the writer.
          int sent = i;
          await().atMost(Duration.ofSeconds(60)).until(() -> sent - receivedIds.size() < 20_000);
        }
      }

      await().atMost(Duration.ofSeconds(60)).until(() -> receivedIds.size() >= count);
      reader.interrupt(); // ends the blocking iteration
      reader.join();
      assertThat(receivedIds).isEqualTo(sentIds);
      assertThat(stream.counts().malformed()).isZero();
      assertThat(stream.counts().dropped()).isZero();
      PublishedCounts.awaitPublished(runtime, EventType.PART_COMPLETED, count / 2);
      RedisPublisher publisher = runtime.publisher().orElseThrow();
      PublisherCounts parts = publisher.counts(EventType.PART_COMPLETED);
      assertThat(parts.dropped() + parts.failed() + parts.pending()).isZero();
      double batches = runtime.registry().get("publisher.batches").functionCounter().count();
      assertThat(batches).isBetween(count / 100.0, count / 2.0);
    } finally {
      client.shutdown();
    }
  }

  @Test
  void stopRightAfterABurstDeliversTheBurst() throws Exception {
    int burst = 5_000;
    try (ChannelRecorder recorder = ChannelRecorder.patterns(redis, prefix + ":*")) {
      DsvEventsRuntime runtime =
          runtime("buffer.size", "10000", "flush.interval", "10s", "batch.size", "1000");
      for (int i = 0; i < burst; i++) {
        runtime.emitter().emitEpochStarted("dequeuer", "e" + i);
      }
      // flush.interval is 10 s and the last batch is partial: only stop can send it in time.
      assertThat(runtime.close(Duration.ofSeconds(10))).isTrue();

      await().atMost(Duration.ofSeconds(10)).until(() -> recorder.messages().size() >= burst);
      assertThat(recorder.messages()).hasSize(burst);
      PublishedCounts.awaitPublished(runtime, EventType.EPOCH_STARTED, burst);
    }
  }

  @Test
  void withoutBatchingEachEventIsPublishedOnItsOwn() throws Exception {
    try (ChannelRecorder recorder = ChannelRecorder.patterns(redis, prefix + ":*");
        DsvEventsRuntime runtime = runtime("batching", "false")) {
      for (int i = 0; i < 50; i++) {
        runtime.emitter().emitQueueDepthChanged("monitor", "q", i, 0);
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> recorder.messages().size() == 50);

      assertThat(recorder.messages())
          .extracting(
              m ->
                  ((io.dsv.events.runtime.model.QueueDepthPayload)
                          EventJson.read(m.body()).payload())
                      .currentDepth())
          .containsExactlyElementsOf(java.util.stream.LongStream.range(0, 50).boxed().toList());
    }
  }

  @Test
  void publisherMetricsShareTheEmittersRegistry() throws Exception {
    try (ChannelRecorder recorder = ChannelRecorder.patterns(redis, prefix + ":*");
        DsvEventsRuntime runtime = runtime("flush.interval", "20ms")) {
      runtime.emitter().emitWindowOpened("monitor", "e1");
      runtime.emitter().emitWindowOpened("monitor", "e2");
      await().atMost(Duration.ofSeconds(10)).until(() -> recorder.messages().size() == 2);

      var registry = runtime.registry();
      await()
          .atMost(Duration.ofSeconds(5))
          .until(
              () ->
                  registry
                          .get("events.published")
                          .tag("type", "window_opened")
                          .functionCounter()
                          .count()
                      == 2.0);
      assertThat(
              registry.get("events.emitted").tag("type", "window_opened").functionCounter().count())
          .isEqualTo(2.0);
      assertThat(registry.get("publisher.connected").gauge().value()).isEqualTo(1.0);
      assertThat(registry.get("publisher.pending").gauge().value()).isZero();
      assertThat(
              registry.find("events.publish.dropped").functionCounters().stream()
                  .mapToDouble(c -> c.count())
                  .sum())
          .isZero();
    }
  }

  @Test
  void eventsOrderPerChannelIsKept() throws Exception {
    try (ChannelRecorder recorder = ChannelRecorder.patterns(redis, prefix + ":*");
        DsvEventsRuntime runtime = runtime("batch.size", "7", "flush.interval", "5ms")) {
      for (int i = 0; i < 500; i++) {
        runtime.emitter().emitQueueDepthChanged("monitor", "q", i, 0);
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> recorder.messages().size() == 500);

      List<Long> depths =
          recorder.messages().stream()
              .map(
                  m ->
                      ((io.dsv.events.runtime.model.QueueDepthPayload)
                              EventJson.read(m.body()).payload())
                          .currentDepth())
              .toList();
      assertThat(depths).isSorted();
    }
  }
}
