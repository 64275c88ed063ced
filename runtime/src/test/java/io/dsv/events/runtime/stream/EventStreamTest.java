package io.dsv.events.runtime.stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.EventJson;
import io.dsv.events.runtime.model.PipelineEvents;
import io.dsv.events.runtime.publish.Channels;
import io.dsv.events.runtime.testing.OwnRedisServer;
import io.dsv.events.runtime.testing.Prefixes;
import io.dsv.events.runtime.testing.RedisServers;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Event streams against a real Redis server, fed by raw PUBLISH commands as the Go side sends. */
@Timeout(60)
class EventStreamTest {
  private final String redis = RedisServers.shared();
  private final String prefix = Prefixes.unique();
  private final Channels channels = new Channels(prefix, "", "");
  private RedisClient client;
  private RedisCommands<String, String> commands;

  @BeforeEach
  void connect() {
    client = RedisClient.create(redis);
    StatefulRedisConnection<String, String> connection = client.connect();
    commands = connection.sync();
  }

  @AfterEach
  void disconnect() {
    client.shutdown();
  }

  @Test
  void malformedMessagesAreSkippedAndCounted() throws Exception {
    try (EventStream stream = EventStream.open(redis, channels, Set.of(), null)) {
      commands.publish(prefix + ":epoch", "not json");
      commands.publish(prefix + ":epoch", "{\"type\":\"no_such_type\"}");
      commands.publish(
          prefix + ":epoch", "{\"type\":\"epoch_started\",\"payload\":{\"start_time\":\"x\"}}");
      commands.publish(prefix + ":epoch", "[\"an\",\"array\"]");
      String whole = new String(EventJson.write(PipelineEvents.epochStarted("d", "e0")), UTF_8);
      commands.publish(prefix + ":epoch", whole.substring(0, whole.length() / 2)); // truncated
      commands.publish(prefix + ":epoch", "{\"type\":5,\"timestamp\":[]}"); // wrongly typed
      commands.publish(
          prefix + ":epoch", whole.replace("\"timestamp\":\"", "\"timestamp\":\"yesterday"));
      commands.publish(prefix + ":epoch", "{\"x\":\"" + "y".repeat(2_000_000) + "\""); // huge
      Event good = PipelineEvents.epochStarted("dequeuer", "e1");
      commands.publish(
          prefix + ":epoch", new String(EventJson.write(good), StandardCharsets.UTF_8));

      assertThat(stream.next(Duration.ofSeconds(10))).contains(good);
      assertThat(stream.counts().malformed()).isEqualTo(8);
      assertThat(stream.lastMalformed()).startsWith("Not a readable event");
    }
  }

  @Test
  void goWrittenEventsParse() throws Exception {
    List<String> goLines;
    try (InputStream in = getClass().getResourceAsStream("/go-written-events.jsonl")) {
      goLines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    try (EventStream stream = EventStream.open(redis, channels, Set.of(), null)) {
      for (String line : goLines) {
        Event event = EventJson.read(line);
        commands.publish(channels.channelFor(event.type()), line);
      }
      for (String line : goLines) {
        assertThat(stream.next(Duration.ofSeconds(10))).contains(EventJson.read(line));
      }
      assertThat(stream.counts().malformed()).isZero();
    }
  }

  @Test
  void typesAndPredicateNarrowTheStream() throws Exception {
    try (EventStream stream =
        EventStream.open(
            redis,
            channels,
            Set.of(EventType.SUBMISSION_VALIDATED, EventType.SUBMISSION_REJECTED),
            event -> event.component().equals("dequeuer"))) {
      publish(PipelineEvents.epochStarted("dequeuer", "e1")); // other channel: not subscribed
      publish(PipelineEvents.submissionReceived("dequeuer", sub())); // same channel, other type
      publish(PipelineEvents.of(EventType.SUBMISSION_VALIDATED, "monitor", sub())); // predicate
      Event wanted = PipelineEvents.of(EventType.SUBMISSION_REJECTED, "dequeuer", sub());
      publish(wanted);

      assertThat(stream.next(Duration.ofSeconds(10))).contains(wanted);
      assertThat(stream.next(Duration.ofMillis(300))).isEmpty();
      assertThat(stream.counts().filtered()).isEqualTo(2);
    }
  }

  @Test
  void allTypesCoversProtocolPrefixedAndBareChannels() throws Exception {
    try (EventStream stream = EventStream.open(redis, channels, Set.of(), null)) {
      Channels prefixed = new Channels(prefix, "prost_1b", "0xabc");
      Event onPrefixed = PipelineEvents.epochStarted("dequeuer", "e1");
      Event onBare =
          PipelineEvents.of(
              EventType.STREAM_HEALTH,
              "monitor",
              new io.dsv.events.runtime.model.StreamPayload("s", 1, 0, 0, "", 0, 0, ""));
      Event onPlain = PipelineEvents.windowOpened("monitor", "e1");
      commands.publish(prefixed.channelFor(onPrefixed.type()), json(onPrefixed));
      commands.publish(prefixed.channelFor(onBare.type()), json(onBare));
      commands.publish(channels.channelFor(onPlain.type()), json(onPlain));

      assertThat(List.of(next(stream), next(stream), next(stream)))
          .containsExactlyInAnyOrder(onPrefixed, onBare, onPlain);
    }
  }

  @Test
  void closingReleasesTheSubscription() throws Exception {
    EventStream stream = EventStream.open(redis, channels, Set.of(EventType.EPOCH_STARTED), null);
    assertThat(commands.pubsubNumsub(prefix + ":epoch").get(prefix + ":epoch")).isEqualTo(1L);

    stream.close();

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> commands.pubsubNumsub(prefix + ":epoch").get(prefix + ":epoch") == 0L);
    assertThat(stream.next(Duration.ofMillis(10))).isEmpty();
    assertThat(stream.iterator().hasNext()).isFalse();
  }

  @Test
  void theEmbeddedRedisBinaryWorksWhereNoServerIsInstalled() throws Exception {
    try (OwnRedisServer embedded = OwnRedisServer.embedded().start()) {
      System.out.println("[redis] embedded binary: " + embedded.executable());
      try (EventStream stream = EventStream.open(embedded.uri(), channels, Set.of(), null)) {
        RedisClient other = RedisClient.create(embedded.uri());
        try (StatefulRedisConnection<String, String> connection = other.connect()) {
          Event event = PipelineEvents.windowOpened("monitor", "e1");
          connection.sync().publish(channels.channelFor(event.type()), json(event));
          assertThat(stream.next(Duration.ofSeconds(10))).contains(event);
        } finally {
          other.shutdown();
        }
      }
    }
  }

  private Event next(EventStream stream) throws InterruptedException {
    Optional<Event> event = stream.next(Duration.ofSeconds(10));
    assertThat(event).isPresent();
    return event.get();
  }

  private void publish(Event event) {
    commands.publish(channels.channelFor(event.type()), json(event));
  }

  private static String json(Event event) {
    return new String(EventJson.write(event), StandardCharsets.UTF_8);
  }

  private static io.dsv.events.runtime.model.SubmissionPayload sub() {
    return io.dsv.events.runtime.model.SubmissionPayload.of("s1", "e1", "p1", "c1");
  }
}
