package io.dsv.events.runtime.config;

import static io.dsv.events.runtime.config.ValueParser.BOOLEAN;
import static io.dsv.events.runtime.config.ValueParser.CLASS_PREFIXES;
import static io.dsv.events.runtime.config.ValueParser.EVENT_TYPES;
import static io.dsv.events.runtime.config.ValueParser.LOG_TARGET;
import static io.dsv.events.runtime.config.ValueParser.REDIS_ADDRESS;
import static io.dsv.events.runtime.config.ValueParser.TEXT;
import static io.dsv.events.runtime.config.ValueParser.duration;
import static io.dsv.events.runtime.config.ValueParser.intBetween;
import static io.dsv.events.runtime.config.ValueParser.intFrom;

import io.dsv.events.annotations.EventType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every {@code dsv.events.*} setting, with its default: the one place they are declared. */
public final class Settings {
  private Settings() {}

  /** {@code false}: the agent transforms nothing and starts nothing. */
  public static final Setting<Boolean> ENABLED =
      new Setting<>("enabled", true, "true", BOOLEAN, false, "false: the agent does nothing");

  /** Lettuce URI of the Redis server events are published to; unset: no Redis publishing. */
  public static final Setting<String> REDIS_URI =
      new Setting<>(
          "redis.uri",
          null,
          "unset",
          REDIS_ADDRESS,
          true,
          "Redis to publish to (redis://, rediss://, user/password, db); unset: no Redis");

  /** Prefix of every channel. */
  public static final Setting<String> CHANNEL_PREFIX =
      new Setting<>(
          "channel.prefix",
          "dsv:events",
          "dsv:events",
          nonEmpty(TEXT, "a non-empty channel prefix"),
          false,
          "channel prefix");

  /** Whether the publisher pipelines events in batches. */
  public static final Setting<Boolean> BATCHING =
      new Setting<>("batching", true, "true", BOOLEAN, false, "publish in pipelined batches");

  /** Events per batch. */
  public static final Setting<Integer> BATCH_SIZE =
      new Setting<>("batch.size", 100, "100", intFrom(1), false, "events per batch");

  /** Longest wait before a partial batch is published. */
  public static final Setting<Duration> FLUSH_INTERVAL =
      new Setting<>(
          "flush.interval",
          Duration.ofSeconds(1),
          "1s",
          duration(false),
          false,
          "longest wait before a partial batch goes");

  /** Capacity of the emitter's buffer. */
  public static final Setting<Integer> BUFFER_SIZE =
      new Setting<>("buffer.size", 1000, "1000", intFrom(1), false, "emitter buffer capacity");

  /** Threads that run subscriber handlers. */
  public static final Setting<Integer> WORKERS =
      new Setting<>("workers", 10, "10", intFrom(1), false, "emitter worker threads");

  /** Longest a subscriber handler may run before it is counted as timed out and interrupted. */
  public static final Setting<Duration> HANDLER_TIMEOUT =
      new Setting<>(
          "handler.timeout",
          Duration.ofSeconds(5),
          "5s",
          duration(false),
          false,
          "subscriber handler timeout");

  /** {@code true}: a full buffer drops the event; {@code false}: emit waits up to emit.timeout. */
  public static final Setting<Boolean> DROP_ON_OVERFLOW =
      new Setting<>(
          "drop.on.overflow",
          true,
          "true",
          BOOLEAN,
          false,
          "false: emit waits (up to emit.timeout) for room instead of dropping");

  /** With drop.on.overflow=false, the longest emit waits for room before it drops. */
  public static final Setting<Duration> EMIT_TIMEOUT =
      new Setting<>(
          "emit.timeout",
          Duration.ofMillis(100),
          "100ms",
          duration(true),
          false,
          "with drop.on.overflow=false, the longest emit waits for room");

  /** Events held while Redis is unreachable. */
  public static final Setting<Integer> OUTAGE_BUFFER =
      new Setting<>(
          "outage.buffer",
          10_000,
          "10000",
          intFrom(0),
          false,
          "events held while Redis is unreachable");

  /** The largest message an event may become; larger ones have their longest texts cut. */
  public static final Setting<Integer> MAX_PAYLOAD_BYTES =
      new Setting<>(
          "max.payload.bytes",
          65_536,
          "65536",
          intFrom(1024),
          false,
          "largest event message in bytes; longer texts are cut, counted and reported");

  /** Longest shutdown may take to drain and flush. */
  public static final Setting<Duration> SHUTDOWN_TIMEOUT =
      new Setting<>(
          "shutdown.timeout",
          Duration.ofSeconds(5),
          "5s",
          duration(false),
          false,
          "how long shutdown may take to drain and flush");

  /** Whether meters are registered with Micrometer. */
  public static final Setting<Boolean> METRICS =
      new Setting<>("metrics", true, "true", BOOLEAN, false, "collect metrics");

  /** Port of the Prometheus scrape page ({@code /metrics}); unset: no page; 0: any free port. */
  public static final Setting<Integer> METRICS_PROMETHEUS_PORT =
      new Setting<>(
          "metrics.prometheus.port",
          null,
          "unset",
          intBetween(0, 65_535),
          false,
          "serve a Prometheus scrape page at http://<host>:<port>/metrics; 0: any free port");

  /** Whether the meters are registered in JMX (domain {@code dsv.events}). */
  public static final Setting<Boolean> METRICS_JMX =
      new Setting<>("metrics.jmx", false, "false", BOOLEAN, false, "register meters in JMX");

  /** How often a one-line summary of the meters is logged; 0: never. */
  public static final Setting<Duration> METRICS_LOG_INTERVAL =
      new Setting<>(
          "metrics.log.interval",
          Duration.ofSeconds(30),
          "30s",
          duration(true),
          false,
          "how often a one-line metrics summary is logged; 0: never");

  /** Envelope protocol, filled into events that have none. */
  public static final Setting<String> PROTOCOL =
      new Setting<>("protocol", "", "empty", TEXT, false, "protocol state identifier");

  /** Envelope data market, filled into events that have none. */
  public static final Setting<String> DATA_MARKET =
      new Setting<>("data.market", "", "empty", TEXT, false, "data market address");

  /** Envelope sequencer id, filled into events that have none. */
  public static final Setting<String> SEQUENCER_ID =
      new Setting<>("sequencer.id", "", "empty", TEXT, false, "sequencer / validator id");

  /** Default component of annotated methods. */
  public static final Setting<String> COMPONENT =
      new Setting<>("component", "", "empty", TEXT, false, "default component name");

  /** The event types to emit; others are not woven. */
  public static final Setting<Set<EventType>> TYPES =
      new Setting<>(
          "types",
          Set.copyOf(EnumSet.allOf(EventType.class)),
          "all",
          EVENT_TYPES,
          false,
          "event types to emit");

  /** Class-name prefixes to weave; empty: all. */
  public static final Setting<List<String>> INCLUDE =
      new Setting<>("include", List.of(), "all", CLASS_PREFIXES, false, "classes to weave");

  /** Class-name prefixes never to weave. */
  public static final Setting<List<String>> EXCLUDE =
      new Setting<>("exclude", List.of(), "none", CLASS_PREFIXES, false, "classes to skip");

  /** Also write every event as a JSON line to stdout, stderr or a file. */
  public static final Setting<String> LOG =
      new Setting<>(
          "log",
          null,
          "unset",
          LOG_TARGET,
          false,
          "write events as JSON lines to stdout/stderr/file");

  /** {@code true}: an invalid annotation or setting stops the JVM at start. */
  public static final Setting<Boolean> STRICT =
      new Setting<>(
          "strict",
          false,
          "false",
          BOOLEAN,
          false,
          "stop at start on an invalid annotation/setting");

  /** All settings, in the order the README lists them. */
  public static final List<Setting<?>> ALL =
      List.of(
          ENABLED,
          REDIS_URI,
          CHANNEL_PREFIX,
          BATCHING,
          BATCH_SIZE,
          FLUSH_INTERVAL,
          BUFFER_SIZE,
          WORKERS,
          HANDLER_TIMEOUT,
          DROP_ON_OVERFLOW,
          EMIT_TIMEOUT,
          OUTAGE_BUFFER,
          MAX_PAYLOAD_BYTES,
          SHUTDOWN_TIMEOUT,
          METRICS,
          METRICS_PROMETHEUS_PORT,
          METRICS_JMX,
          METRICS_LOG_INTERVAL,
          PROTOCOL,
          DATA_MARKET,
          SEQUENCER_ID,
          COMPONENT,
          TYPES,
          INCLUDE,
          EXCLUDE,
          LOG,
          STRICT);

  /**
   * Finds a setting by its short key, property name or environment variable name.
   *
   * @param name {@code batch.size}, {@code dsv.events.batch.size} or {@code DSV_EVENTS_BATCH_SIZE}
   * @return the setting, or empty when there is none of that name
   */
  public static Optional<Setting<?>> find(String name) {
    for (Setting<?> setting : ALL) {
      if (setting.key().equals(name)
          || setting.propertyName().equals(name)
          || setting.envName().equals(name)) {
        return Optional.of(setting);
      }
    }
    return Optional.empty();
  }

  private static ValueParser<String> nonEmpty(ValueParser<String> parser, String accepted) {
    return ValueParser.of(
        accepted,
        raw -> {
          if (raw.isEmpty()) {
            throw new IllegalArgumentException();
          }
          return parser.parse(raw);
        });
  }
}
