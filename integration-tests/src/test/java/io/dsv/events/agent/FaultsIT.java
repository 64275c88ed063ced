package io.dsv.events.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dsv.events.annotations.EventType;
import io.dsv.events.demo.PrometheusScrape;
import io.dsv.events.runtime.testing.OwnRedisServer;
import io.dsv.events.runtime.testing.Prefixes;
import io.dsv.events.samples.ProducerApp;
import io.lettuce.core.AclSetuserArgs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.protocol.CommandType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Redis fails under a running, annotated application: the application never notices, and every
 * event is accounted for (emitted = published + dropped, per type), checked against what a
 * subscriber received. The servers here are the tests' own, so they can be killed and paused.
 */
@Timeout(240)
class FaultsIT {
  private static final String APP_USER = "app";
  private static final String APP_PASSWORD = "app-pw";

  /** The types ProducerApp's first two threads emit. */
  private static final List<EventType> PRODUCED =
      List.of(EventType.SUBMISSION_RECEIVED, EventType.QUEUE_DEPTH_CHANGED);

  /** The agent's last metrics line, written at shutdown. */
  private static final Pattern FINAL_LINE =
      Pattern.compile("metrics: emitted (\\d+), .*?published (\\d+), .*\\(final\\)");

  private final String prefix = Prefixes.unique();
  private final List<AutoCloseable> cleanup = new ArrayList<>();

  @AfterEach
  void cleanUp() throws Exception {
    for (int i = cleanup.size() - 1; i >= 0; i--) {
      cleanup.get(i).close();
    }
  }

  @Test
  void redisUnreachableAtStartAndReachable10sLaterLosesNothingWithinTheOutageBuffer()
      throws Exception {
    OwnRedisServer server = own(OwnRedisServer.create());
    ProducerRun app = start(server, "outage.buffer=100000", 2, 15, 1000);

    waitFor(Duration.ofSeconds(10));
    server.start();
    RedisCounter counter = subscribe(server, true);
    allowTheApp(server);

    app.awaitProduced();
    PrometheusScrape accounting = ProducerRun.settle(app, counter, PRODUCED);
    for (EventType type : PRODUCED) {
      assertThat(accounting.emitted(type)).as("%s emitted", type).isPositive();
      assertThat(accounting.dropped(type)).as("%s dropped", type).isZero();
      assertThat(counter.received(type))
          .as("%s received", type)
          .isEqualTo(accounting.emitted(type));
    }
    assertThat(app.stop()).isZero();
  }

  @Test
  void redisKilledAndRestartedDuringA30sRunCountsExactlyWhatItDrops() throws Exception {
    OwnRedisServer server = own(OwnRedisServer.create()).start();
    allowTheApp(server);
    RedisCounter counter = subscribe(server, true);
    ProducerRun app = start(server, "outage.buffer=2000", 2, 30, 1000);

    waitFor(Duration.ofSeconds(8));
    server.kill();
    waitFor(Duration.ofSeconds(5));
    server.start(); // no app user yet: the publisher cannot log in, so it waits, buffering
    awaitResubscribed(server);
    allowTheApp(server);

    app.awaitProduced();
    PrometheusScrape accounting = ProducerRun.settle(app, counter, PRODUCED);
    long dropped = 0;
    for (EventType type : PRODUCED) {
      assertThat(accounting.published(type) + accounting.dropped(type))
          .as("%s published + dropped", type)
          .isEqualTo(accounting.emitted(type));
      dropped += accounting.dropped(type);
    }
    assertThat(dropped).as("a 5 s outage at ~2,000 events/s overflows a 2,000 buffer").isPositive();
    assertThat(counter.distinctIds())
        .as("each published event received once, by id")
        .isEqualTo(PRODUCED.stream().mapToLong(accounting::published).sum());
    assertThat(app.stop()).isZero();
  }

  @Test
  void aPausedRedisNeverSlowsTheProducersBeyondTheBoundedEmit() throws Exception {
    OwnRedisServer server = own(OwnRedisServer.create()).start();
    allowTheApp(server);
    RedisCounter counter = subscribe(server, false);
    ProducerRun app = start(server, "outage.buffer=1000", 2, 12, 200);

    waitFor(Duration.ofSeconds(3));
    try (RedisClient client = RedisClient.create(server.uri());
        StatefulRedisConnection<String, String> admin = client.connect()) {
      admin.sync().clientPause(6_000);
    }

    app.awaitProduced();
    PrometheusScrape accounting = ProducerRun.settle(app, counter, PRODUCED);
    for (EventType type : PRODUCED) {
      assertThat(accounting.published(type) + accounting.dropped(type))
          .isEqualTo(accounting.emitted(type));
      assertThat(counter.received(type)).isEqualTo(accounting.published(type));
    }
    // A 6 s pause against emit, which never waits by default: no call comes near it.
    assertThat(app.slowestCallMillis()).isLessThan(3_000);
    // Memory stays bounded: buffers are bounded, so heap after GC stays small throughout.
    assertThat(
            app.output().stream()
                .filter(line -> line.startsWith("SAMPLE "))
                .mapToLong(line -> Long.parseLong(line.split(" ")[1]))
                .max()
                .orElseThrow())
        .as("largest heap after GC during the run")
        .isLessThan(64L << 20);
    assertThat(app.stop()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"main", "exit", "sigterm"})
  void eventsStillQueuedWhenTheApplicationEndsAllReachRedis(String end) throws Exception {
    OwnRedisServer server = own(OwnRedisServer.create()).start();
    allowTheApp(server);
    RedisCounter counter = subscribe(server, false);
    ProducerRun app =
        start(
            server,
            "flush.interval=5s,batch.size=100000,metrics.log.interval=1h",
            2,
            2,
            200,
            end.equals("sigterm") ? "hang" : end);

    app.awaitProduced();
    if (end.equals("sigterm")) {
      app.process().toHandle().destroy(); // SIGTERM (Process.destroy would close our pipes)
    }
    assertThat(app.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    Matcher last = FINAL_LINE.matcher(app.stderr());
    assertThat(last.find()).as(app.stderr()).isTrue();
    long emitted = Long.parseLong(last.group(1));
    long published = Long.parseLong(last.group(2));

    // A 5 s flush interval and a huge batch: what was queued at the end went out at shutdown.
    assertThat(published).isEqualTo(emitted).isPositive();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> PRODUCED.stream().mapToLong(counter::received).sum(),
            received -> received == emitted);
  }

  @Test
  void withRedisDownShutdownTakesNoLongerThanTheShutdownTimeout() throws Exception {
    OwnRedisServer server = own(OwnRedisServer.create()); // never started
    ProducerRun app = start(server, "shutdown.timeout=2s", 2, 2, 1000, "main");

    app.awaitProduced();
    long producedAt = System.nanoTime();
    assertThat(app.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    long shutdownMillis = (System.nanoTime() - producedAt) / 1_000_000;

    assertThat(app.process().exitValue()).isZero();
    // 2 s of shutdown.timeout plus the JVM's own exit; far below a hang.
    assertThat(shutdownMillis).isLessThan(10_000);
    assertThat(app.stderr())
        .contains("[dsv-events] Redis at redis://app:***@127.0.0.1:" + server.port())
        .contains("is unreachable")
        .doesNotContain(APP_PASSWORD);
  }

  private ProducerRun start(
      OwnRedisServer server, String settings, int threads, int seconds, int pauseMicros)
      throws Exception {
    return start(server, settings, threads, seconds, pauseMicros, "wait");
  }

  private ProducerRun start(
      OwnRedisServer server, String settings, int threads, int seconds, int pauseMicros, String end)
      throws Exception {
    int port = FreePort.find();
    Process process =
        ChildJvm.java()
            .agent(
                String.join(
                    ",",
                    "redis.uri=" + server.uri(APP_USER, APP_PASSWORD),
                    "channel.prefix=" + prefix,
                    "flush.interval=50ms",
                    "metrics.prometheus.port=" + port,
                    "metrics.log.interval=0",
                    settings))
            .start(
                ProducerApp.class,
                String.valueOf(threads),
                String.valueOf(seconds),
                String.valueOf(pauseMicros),
                end);
    ProducerRun producer = new ProducerRun(process, port);
    cleanup.add(producer::kill);
    return producer;
  }

  /**
   * Creates the app's ACL user, allowed nothing but PUBLISH on its own channels (as in production):
   * until then the publisher cannot log in, so it buffers. The tests' own connections use the
   * default user.
   */
  private void allowTheApp(OwnRedisServer server) {
    try (RedisClient client = RedisClient.create(server.uri());
        StatefulRedisConnection<String, String> admin = client.connect()) {
      admin
          .sync()
          .aclSetuser(
              APP_USER,
              AclSetuserArgs.Builder.on()
                  .addPassword(APP_PASSWORD)
                  .resetChannels()
                  .channelPattern(prefix + "*")
                  .noCommands()
                  .addCommand(CommandType.PUBLISH));
    }
  }

  private void awaitResubscribed(OwnRedisServer server) {
    try (RedisClient client = RedisClient.create(server.uri());
        StatefulRedisConnection<String, String> admin = client.connect()) {
      await().atMost(Duration.ofSeconds(30)).until(() -> admin.sync().pubsubNumpat() >= 1);
    }
  }

  private RedisCounter subscribe(OwnRedisServer server, boolean keepIds) {
    RedisCounter counter = RedisCounter.onPrefix(server.uri(), prefix, keepIds);
    cleanup.add(counter);
    return counter;
  }

  private OwnRedisServer own(OwnRedisServer server) {
    cleanup.add(server);
    return server;
  }

  private static void waitFor(Duration duration) {
    await().pollDelay(duration).atMost(duration.plusSeconds(5)).until(() -> true);
  }
}
