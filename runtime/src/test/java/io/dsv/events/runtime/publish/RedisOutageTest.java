package io.dsv.events.runtime.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.DsvEventsRuntime;
import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.emitter.TypeCounts;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.stream.EventStream;
import io.dsv.events.runtime.testing.CapturedLogs;
import io.dsv.events.runtime.testing.OwnRedisServer;
import io.dsv.events.runtime.testing.Prefixes;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Redis server of the test's own is killed (SIGKILL) and restarted while events stream. The
 * publisher's ACL user is disabled in the restarted server until the test's subscriber is back, so
 * that what the publisher held during the outage is published only when someone listens.
 */
@Timeout(180)
class RedisOutageTest {
  private static final String[] ACL_ON = {"--user", "pub", "on", ">pub-pw", "~*", "&*", "+@all"};
  private static final String[] ACL_OFF = {"--user", "pub", "off", ">pub-pw", "~*", "&*", "+@all"};

  private final String prefix = Prefixes.unique();
  private final List<AutoCloseable> resources = new ArrayList<>();
  private OwnRedisServer server;

  @AfterEach
  void cleanUp() throws Exception {
    for (int i = resources.size() - 1; i >= 0; i--) {
      resources.get(i).close();
    }
    if (server != null) {
      server.kill();
    }
  }

  @Test
  void killedAndRestartedServerLosesNothingWithinTheOutageBuffer() throws Exception {
    Outcome outcome = runThroughOutage(50_000);

    assertThat(outcome.received()).containsAll(outcome.accepted());
    assertThat(outcome.publisher().dropped()).isZero();
    assertThat(outcome.publisher().failed()).isZero();
    assertThat(outcome.publisher().pending()).isZero();
    assertThat(outcome.publisher().published()).isEqualTo(outcome.accepted().size());
    assertThat(outcome.logs())
        .anyMatch(line -> line.startsWith("WARNING") && line.contains("is unreachable"))
        .anyMatch(line -> line.startsWith("INFO") && line.contains("reachable again"));
  }

  @Test
  void beyondTheOutageBufferEventsAreDroppedAndCountedExactly() throws Exception {
    Outcome outcome = runThroughOutage(200);

    PublisherCounts counts = outcome.publisher();
    assertThat(counts.dropped()).isPositive();
    assertThat(counts.pending()).isZero();
    Set<String> receivedOfAccepted = new HashSet<>(outcome.accepted());
    receivedOfAccepted.retainAll(outcome.received());
    // Every event handed to the publisher was received or counted as dropped, never both.
    assertThat(receivedOfAccepted.size() + counts.dropped()).isEqualTo(outcome.accepted().size());
    assertThat(counts.published()).isGreaterThanOrEqualTo(receivedOfAccepted.size());
  }

  private record Outcome(
      List<String> accepted, Set<String> received, PublisherCounts publisher, List<String> logs) {}

  private Outcome runThroughOutage(int outageBuffer) throws Exception {
    server = OwnRedisServer.create().start(ACL_ON);
    System.out.println("[redis] outage test server: " + server.executable() + " " + server.uri());
    CapturedLogs logs = closeLater(new CapturedLogs("io.dsv.events"));
    DsvEventsRuntime runtime =
        DsvEventsRuntime.start(
            DsvEventsConfig.of(
                    Map.of(
                        "redis.uri",
                        server.uri("pub", "pub-pw"),
                        "channel.prefix",
                        prefix,
                        "flush.interval",
                        "20ms",
                        "outage.buffer",
                        String.valueOf(outageBuffer)))
                .requireValid());
    Set<String> received = ConcurrentHashMap.newKeySet();
    EventStream before = closeLater(openStream());
    Thread collectBefore = collect(before, received);

    List<String> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean producing = new AtomicBoolean(true);
    Thread producer =
        new Thread(
            () -> {
              int i = 0;
              while (producing.get()) {
                Event event =
                    io.dsv.events.runtime.model.PipelineEvents.queueDepthChanged(
                        "monitor", "q", i++, 0);
                if (runtime.emitter().emit(event).accepted()) {
                  accepted.add(event.id());
                }
                LockSupport.parkNanos(200_000);
              }
            });
    producer.start();

    await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 500);
    server.kill();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !runtime.publisher().orElseThrow().isConnected());
    LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());

    server.start(ACL_OFF);
    EventStream after = closeLater(openStream());
    Thread collectAfter = collect(after, received);
    enablePublisherUser();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> runtime.publisher().orElseThrow().isConnected());
    LockSupport.parkNanos(Duration.ofMillis(500).toNanos());

    producing.set(false);
    producer.join();
    assertThat(runtime.close(Duration.ofSeconds(20))).isTrue();
    PublisherCounts counts =
        runtime.publisher().orElseThrow().counts(EventType.QUEUE_DEPTH_CHANGED);
    awaitNoMoreArrivals(received);
    before.close();
    after.close();
    collectBefore.join();
    collectAfter.join();

    TypeCounts emitted = runtime.emitter().counts(EventType.QUEUE_DEPTH_CHANGED);
    assertThat(emitted.dropped()).isZero();
    assertThat(counts.accepted()).isEqualTo(accepted.size());
    System.out.printf(
        "[outage] accepted=%d published=%d dropped=%d received(unique)=%d%n",
        accepted.size(), counts.published(), counts.dropped(), received.size());
    return new Outcome(List.copyOf(accepted), received, counts, List.copyOf(logs.lines()));
  }

  /** Waits until the set has stopped growing for a while: everything published has arrived. */
  private static void awaitNoMoreArrivals(Set<String> received) {
    java.util.concurrent.atomic.AtomicInteger last =
        new java.util.concurrent.atomic.AtomicInteger(-1);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .during(Duration.ofMillis(800))
        .until(() -> last.getAndSet(received.size()) == received.size());
  }

  private EventStream openStream() {
    return EventStream.open(server.uri(), new Channels(prefix, "", ""), Set.of(), null);
  }

  private Thread collect(EventStream stream, Set<String> into) {
    Thread thread =
        new Thread(
            () -> {
              for (Event event : stream) {
                into.add(event.id());
              }
            });
    thread.start();
    return thread;
  }

  private void enablePublisherUser() {
    RedisClient admin = RedisClient.create(RedisURI.create(server.uri()));
    try (StatefulRedisConnection<String, String> connection = admin.connect()) {
      connection.sync().aclSetuser("pub", io.lettuce.core.AclSetuserArgs.Builder.on());
    } finally {
      admin.shutdown();
    }
  }

  private <T extends AutoCloseable> T closeLater(T resource) {
    resources.add(resource);
    return resource;
  }
}
