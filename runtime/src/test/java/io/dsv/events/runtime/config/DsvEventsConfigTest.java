package io.dsv.events.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsv.events.annotations.EventType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DsvEventsConfigTest {

  private static DsvEventsConfig fromProperties(String... keyValues) {
    Properties properties = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      properties.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return DsvEventsConfig.load(List.of(ConfigSource.systemProperties(properties)));
  }

  @Test
  void defaultsMatchTheDesign() {
    DsvEventsConfig config = DsvEventsConfig.defaults();

    assertThat(config.get(Settings.ENABLED)).isTrue();
    assertThat(config.get(Settings.REDIS_URI)).isNull();
    assertThat(config.get(Settings.CHANNEL_PREFIX)).isEqualTo("dsv:events");
    assertThat(config.get(Settings.BATCHING)).isTrue();
    assertThat(config.get(Settings.BATCH_SIZE)).isEqualTo(100);
    assertThat(config.get(Settings.FLUSH_INTERVAL)).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.get(Settings.BUFFER_SIZE)).isEqualTo(1000);
    assertThat(config.get(Settings.WORKERS)).isEqualTo(10);
    assertThat(config.get(Settings.HANDLER_TIMEOUT)).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.get(Settings.DROP_ON_OVERFLOW)).isTrue();
    assertThat(config.get(Settings.OUTAGE_BUFFER)).isEqualTo(10_000);
    assertThat(config.get(Settings.SHUTDOWN_TIMEOUT)).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.get(Settings.METRICS)).isTrue();
    assertThat(config.get(Settings.PROTOCOL)).isEmpty();
    assertThat(config.get(Settings.TYPES)).hasSize(20);
    assertThat(config.get(Settings.INCLUDE)).isEmpty();
    assertThat(config.get(Settings.EXCLUDE)).isEmpty();
    assertThat(config.get(Settings.LOG)).isNull();
    assertThat(config.get(Settings.STRICT)).isFalse();
    assertThat(config.problems()).isEmpty();
    assertThat(config.describe()).isEqualTo("defaults");
  }

  @Test
  void valuesAreParsedFromEverySource() {
    DsvEventsConfig config =
        DsvEventsConfig.load(
            List.of(
                ConfigSource.agentArguments(
                    "batch.size=50,types=epoch_started,window_closed,flush.interval=500ms"),
                ConfigSource.systemProperties(props("dsv.events.workers", "3")),
                ConfigSource.environment(
                    Map.of("DSV_EVENTS_DATA_MARKET", "0xabc", "PATH", "/usr/bin"))));

    assertThat(config.problems()).isEmpty();
    assertThat(config.get(Settings.BATCH_SIZE)).isEqualTo(50);
    assertThat(config.get(Settings.TYPES))
        .isEqualTo(Set.of(EventType.EPOCH_STARTED, EventType.WINDOW_CLOSED));
    assertThat(config.get(Settings.FLUSH_INTERVAL)).isEqualTo(Duration.ofMillis(500));
    assertThat(config.get(Settings.WORKERS)).isEqualTo(3);
    assertThat(config.get(Settings.DATA_MARKET)).isEqualTo("0xabc");
  }

  @Test
  void agentArgumentsBeatSystemPropertiesWhichBeatTheEnvironment() {
    DsvEventsConfig config =
        DsvEventsConfig.load(
            List.of(
                ConfigSource.agentArguments("dsv.events.batch.size=1"),
                ConfigSource.systemProperties(
                    props("dsv.events.batch.size", "2", "dsv.events.workers", "2")),
                ConfigSource.environment(
                    Map.of(
                        "DSV_EVENTS_BATCH_SIZE", "3",
                        "DSV_EVENTS_WORKERS", "3",
                        "DSV_EVENTS_BUFFER_SIZE", "3"))));

    assertThat(config.get(Settings.BATCH_SIZE)).isEqualTo(1);
    assertThat(config.get(Settings.WORKERS)).isEqualTo(2);
    assertThat(config.get(Settings.BUFFER_SIZE)).isEqualTo(3);
    assertThat(config.describe())
        .contains("batch.size=1 (agent argument)")
        .contains("workers=2 (system property)")
        .contains("buffer.size=3 (environment variable)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "dsv.events.batch.size|-5|Invalid system property dsv.events.batch.size='-5': expected a"
            + " whole number from 1 to 2147483647. Using the default (100) instead.",
        "dsv.events.buffer.size|lots|Invalid system property dsv.events.buffer.size='lots':"
            + " expected a whole number from 1 to 2147483647. Using the default (1000) instead.",
        "dsv.events.workers|0|Invalid system property dsv.events.workers='0': expected a whole"
            + " number from 1 to 2147483647. Using the default (10) instead.",
        "dsv.events.outage.buffer|-1|Invalid system property dsv.events.outage.buffer='-1':"
            + " expected a whole number from 0 to 2147483647. Using the default (10000) instead.",
        "dsv.events.flush.interval|abc|Invalid system property dsv.events.flush.interval='abc':"
            + " expected a duration greater than 0 with a unit ns, us, ms, s, m or h, e.g. 500ms or"
            + " 2s. Using the default (1s) instead.",
        "dsv.events.flush.interval|0s|Invalid system property dsv.events.flush.interval='0s':"
            + " expected a duration greater than 0 with a unit ns, us, ms, s, m or h, e.g. 500ms or"
            + " 2s. Using the default (1s) instead.",
        "dsv.events.handler.timeout|5 days|Invalid system property"
            + " dsv.events.handler.timeout='5 days': expected a duration greater than 0 with a unit"
            + " ns, us, ms, s, m or h, e.g. 500ms or 2s. Using the default (5s) instead.",
        "dsv.events.shutdown.timeout|-1s|Invalid system property"
            + " dsv.events.shutdown.timeout='-1s': expected a duration greater than 0 with a unit"
            + " ns, us, ms, s, m or h, e.g. 500ms or 2s. Using the default (5s) instead.",
        "dsv.events.emit.timeout|soon|Invalid system property dsv.events.emit.timeout='soon':"
            + " expected a duration of 0 or more with a unit ns, us, ms, s, m or h, e.g. 500ms or"
            + " 2s. Using the default (100ms) instead.",
        "dsv.events.enabled|yes|Invalid system property dsv.events.enabled='yes': expected true or"
            + " false. Using the default (true) instead.",
        "dsv.events.batching|1|Invalid system property dsv.events.batching='1': expected true or"
            + " false. Using the default (true) instead.",
        "dsv.events.drop.on.overflow|nope|Invalid system property"
            + " dsv.events.drop.on.overflow='nope': expected true or false. Using the default (true)"
            + " instead.",
        "dsv.events.metrics|on|Invalid system property dsv.events.metrics='on': expected true or"
            + " false. Using the default (true) instead.",
        "dsv.events.metrics.prometheus.port|70000|Invalid system property"
            + " dsv.events.metrics.prometheus.port='70000': expected a whole number from 0 to"
            + " 65535. Using the default (unset) instead.",
        "dsv.events.metrics.jmx|y|Invalid system property dsv.events.metrics.jmx='y': expected"
            + " true or false. Using the default (false) instead.",
        "dsv.events.metrics.log.interval|often|Invalid system property"
            + " dsv.events.metrics.log.interval='often': expected a duration of 0 or more with a"
            + " unit ns, us, ms, s, m or h, e.g. 500ms or 2s. Using the default (30s) instead.",
        "dsv.events.strict|maybe|Invalid system property dsv.events.strict='maybe': expected true"
            + " or false. Using the default (false) instead.",
        "dsv.events.redis.uri|localhost:6379|Invalid system property"
            + " dsv.events.redis.uri='localhost:6379': expected a Redis URI such as"
            + " redis://host:6379, rediss://user:password@host:6380/0 or redis-socket:///path."
            + " Using the default (unset) instead.",
        "dsv.events.channel.prefix|' '|Invalid system property dsv.events.channel.prefix='':"
            + " expected a non-empty channel prefix. Using the default (dsv:events) instead.",
        "dsv.events.include|com.acme/x|Invalid system property dsv.events.include='com.acme/x':"
            + " expected a comma-separated list of class-name prefixes such as"
            + " com.acme.dequeuer.. Using the default (all) instead.",
        "dsv.events.exclude|9bad|Invalid system property dsv.events.exclude='9bad': expected a"
            + " comma-separated list of class-name prefixes such as com.acme.dequeuer.. Using the"
            + " default (none) instead.",
        "dsv.events.log|' '|Invalid system property dsv.events.log='': expected stdout, stderr or"
            + " a file path. Using the default (unset) instead.",
      })
  void everyBadValueGetsOneMessageNamingPropertyValueAndWhatIsAccepted(
      String property, String value, String message) {
    DsvEventsConfig config = fromProperties(property, value);

    assertThat(config.problems()).containsExactly(message);
    Setting<?> setting = Settings.find(property).orElseThrow();
    assertThat((Object) config.get(setting)).isEqualTo(setting.defaultValue());
  }

  @Test
  void unknownTypeListsTheKnownOnes() {
    DsvEventsConfig config = fromProperties("dsv.events.types", "epoch_started,epoch_finished");

    assertThat(config.problems())
        .singleElement()
        .asString()
        .startsWith("Invalid system property dsv.events.types='epoch_started,epoch_finished':")
        .contains("expected a comma-separated list of event types: epoch_started, epoch_completed")
        .contains("worker_status_changed")
        .endsWith("Using the default (all) instead.");
  }

  @Test
  void unknownPropertiesAreReportedFromEverySource() {
    DsvEventsConfig config =
        DsvEventsConfig.load(
            List.of(
                ConfigSource.agentArguments("batchsize=5"),
                ConfigSource.systemProperties(props("dsv.events.redis.url", "redis://h")),
                ConfigSource.environment(Map.of("DSV_EVENTS_WORKER", "2"))));

    assertThat(config.problems())
        .hasSize(3)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "Unknown agent argument 'batchsize': dsv-events has no such"
                            + " setting. Known settings: enabled, redis.uri, channel.prefix"))
        .anySatisfy(p -> assertThat(p).startsWith("Unknown system property 'dsv.events.redis.url'"))
        .anySatisfy(
            p -> assertThat(p).startsWith("Unknown environment variable 'DSV_EVENTS_WORKER'"));
  }

  @Test
  void secretsNeverAppearInMessagesOrDescriptions() {
    DsvEventsConfig bad = fromProperties("dsv.events.redis.uri", "redis//app:s3cret@host");
    DsvEventsConfig good =
        fromProperties("dsv.events.redis.uri", "rediss://app:s3cret@host:6380/0");

    assertThat(String.join("\n", bad.problems())).doesNotContain("s3cret");
    assertThat(good.describe())
        .isEqualTo("redis.uri=rediss://app:***@host:6380/0 (system property)")
        .doesNotContain("s3cret");
    assertThat(good.toString()).doesNotContain("s3cret");
  }

  @Test
  void strictTurnsProblemsIntoOneException() {
    DsvEventsConfig config =
        fromProperties("dsv.events.batch.size", "x", "dsv.events.workers", "-1");

    assertThatThrownBy(config::requireValid)
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("dsv.events.batch.size='x'")
        .hasMessageContaining("dsv.events.workers='-1'");
    assertThat(DsvEventsConfig.defaults().requireValid()).isNotNull();
  }

  @Test
  void durationsAcceptEveryUnitAndBareMilliseconds() {
    assertThat(fromProperties("dsv.events.flush.interval", "250").get(Settings.FLUSH_INTERVAL))
        .isEqualTo(Duration.ofMillis(250));
    assertThat(fromProperties("dsv.events.flush.interval", "2s").get(Settings.FLUSH_INTERVAL))
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(fromProperties("dsv.events.flush.interval", "1m").get(Settings.FLUSH_INTERVAL))
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(fromProperties("dsv.events.flush.interval", "750us").get(Settings.FLUSH_INTERVAL))
        .isEqualTo(Duration.ofNanos(750_000));
  }

  @Test
  void settingsInCodeUseShortKeys() {
    DsvEventsConfig config = DsvEventsConfig.of(Map.of("batch.size", "7", "log", "stdout"));

    assertThat(config.get(Settings.BATCH_SIZE)).isEqualTo(7);
    assertThat(config.get(Settings.LOG)).isEqualTo("stdout");
  }

  @Test
  void redactionKeepsTheUserAndHidesThePassword() {
    assertThat(Redaction.redactUri("redis://s3cret@host:6379")).isEqualTo("redis://:***@host:6379");
    assertThat(Redaction.redactUri("redis://user:s3cret@host")).isEqualTo("redis://user:***@host");
    assertThat(Redaction.redactUri("redis://host:6379/0?password=s3cret&timeout=1s"))
        .isEqualTo("redis://host:6379/0?password=***&timeout=1s");
    assertThat(Redaction.redactUri("redis://host:6379")).isEqualTo("redis://host:6379");
  }

  private static Properties props(String... keyValues) {
    Properties properties = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      properties.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return properties;
  }
}
