package io.dsv.events.runtime.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.DsvEventsRuntime;
import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.testing.CapturedLogs;
import io.dsv.events.runtime.testing.ChannelRecorder;
import io.dsv.events.runtime.testing.OwnRedisServer;
import io.dsv.events.runtime.testing.Prefixes;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Password and ACL authentication through the URI, against a server of the test's own. */
@Timeout(120)
class RedisAuthTest {
  private final String prefix = Prefixes.unique();
  private OwnRedisServer server;

  @AfterEach
  void stopServer() throws Exception {
    server.kill();
  }

  /** A server whose user {@code pub} may run PUBLISH only, on channels matching a pattern. */
  private static OwnRedisServer startWithPublishOnlyUser(String channelPattern) throws Exception {
    return OwnRedisServer.create()
        .start(
            "--user",
            "pub",
            "on",
            ">pub-pw",
            "resetchannels",
            "&" + channelPattern,
            "-@all",
            "+publish");
  }

  private DsvEventsRuntime runtime(String uri) {
    return DsvEventsRuntime.start(
        DsvEventsConfig.of(
                Map.of("redis.uri", uri, "channel.prefix", prefix, "flush.interval", "20ms"))
            .requireValid());
  }

  @Test
  void requirepassWorks() throws Exception {
    server = OwnRedisServer.create().start("--requirepass", "s3cret-pw");
    try (ChannelRecorder recorder =
            ChannelRecorder.patterns(server.uri(null, "s3cret-pw"), prefix + ":*");
        DsvEventsRuntime runtime = runtime(server.uri(null, "s3cret-pw"))) {
      runtime.emitter().emitEpochStarted("dequeuer", "e1");

      await().atMost(Duration.ofSeconds(10)).until(() -> recorder.messages().size() == 1);
    }
  }

  @Test
  void aclUserWorks() throws Exception {
    server = OwnRedisServer.create().start("--user", "app", "on", ">app-pw", "~*", "&*", "+@all");
    try (ChannelRecorder recorder = ChannelRecorder.patterns(server.uri(), prefix + ":*");
        DsvEventsRuntime runtime = runtime(server.uri("app", "app-pw"))) {
      runtime.emitter().emitEpochStarted("dequeuer", "e1");

      await().atMost(Duration.ofSeconds(10)).until(() -> recorder.messages().size() == 1);
    }
  }

  @Test
  void aclUserThatMayOnlyPublishToItsChannelsWorks() throws Exception {
    server = startWithPublishOnlyUser(prefix + "*");
    try (ChannelRecorder recorder = ChannelRecorder.patterns(server.uri(), prefix + ":*");
        DsvEventsRuntime runtime = runtime(server.uri("pub", "pub-pw"))) {
      runtime.emitter().emitEpochStarted("dequeuer", "e1");
      runtime.emitter().emitWindowOpened("monitor", "e1");

      await().atMost(Duration.ofSeconds(10)).until(() -> recorder.messages().size() == 2);
    }
  }

  @Test
  void wrongPasswordGivesAClearErrorWithoutThePassword() throws Exception {
    server = OwnRedisServer.create().start("--requirepass", "right-pw");
    try (CapturedLogs logs = new CapturedLogs("io.dsv.events");
        DsvEventsRuntime runtime = runtime(server.uri("default", "wrong-pw"))) {
      runtime.emitter().emitEpochStarted("dequeuer", "e1");

      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> logs.lines().stream().anyMatch(l -> l.contains("refused the credentials")));

      String message =
          logs.lines().stream()
              .filter(l -> l.contains("refused the credentials"))
              .findFirst()
              .get();
      assertThat(message)
          .contains("redis://default:***@127.0.0.1:" + server.port())
          .contains("WRONGPASS")
          .contains("Check the user and password")
          .doesNotContain("wrong-pw")
          .doesNotContain("right-pw");
      assertThat(String.join("\n", logs.lines())).doesNotContain("wrong-pw");
      RedisPublisher publisher = runtime.publisher().orElseThrow();
      assertThat(publisher.isConnected()).isFalse();
      assertThat(publisher.counts(EventType.EPOCH_STARTED).pending()).isEqualTo(1);
    }
  }

  @Test
  void publishRefusedByAclIsCountedAsFailedAndExplained() throws Exception {
    server = startWithPublishOnlyUser("elsewhere:*");
    try (CapturedLogs logs = new CapturedLogs("io.dsv.events");
        DsvEventsRuntime runtime = runtime(server.uri("pub", "pub-pw"))) {
      runtime.emitter().emitEpochStarted("dequeuer", "e1");

      RedisPublisher publisher = runtime.publisher().orElseThrow();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> publisher.counts(EventType.EPOCH_STARTED).failed() == 1);
      assertThat(logs.lines()).anyMatch(l -> l.contains("refused PUBLISH") && l.contains("NOPERM"));
      assertThat(
              runtime
                  .registry()
                  .get("events.publish.failed")
                  .tag("type", "epoch_started")
                  .functionCounter()
                  .count())
          .isEqualTo(1.0);
    }
  }
}
