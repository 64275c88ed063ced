package io.dsv.events.runtime.publish;

import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.config.Settings;
import java.time.Duration;

/**
 * How a {@link RedisPublisher} publishes. The defaults are the Go package's: prefix {@code
 * dsv:events}, batches of 100, flushed at least every second.
 *
 * @param channels channel naming (prefix, protocol, data market)
 * @param batching {@code true}: pipeline up to {@code batchSize} PUBLISH commands per round trip;
 *     {@code false}: one PUBLISH per event
 * @param batchSize events per batch
 * @param flushInterval longest an event waits for its batch to fill
 * @param outageBuffer events held, beyond the batch in hand, while Redis is unreachable or slow;
 *     more are dropped and counted
 * @param shutdownTimeout longest {@link RedisPublisher#stop()} takes to publish what it holds
 * @param commandTimeout longest a batch may wait for Redis before it is retried
 * @param fullWait when the buffer is full, how long {@link RedisPublisher#publish} waits for room
 *     before it drops the event: zero with {@code drop.on.overflow=true}, {@code emit.timeout}
 *     otherwise, so that a lossless emitter is slowed down rather than losing events here
 */
public record PublisherConfig(
    Channels channels,
    boolean batching,
    int batchSize,
    Duration flushInterval,
    int outageBuffer,
    Duration shutdownTimeout,
    Duration commandTimeout,
    Duration fullWait) {

  /**
   * The command timeout when none is given: long enough for a slow server, short enough to notice a
   * dead one.
   */
  public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(10);

  /**
   * The publisher part of the full configuration.
   *
   * @param config resolved settings
   * @return the publisher configuration
   */
  public static PublisherConfig from(DsvEventsConfig config) {
    return new PublisherConfig(
        new Channels(
            config.get(Settings.CHANNEL_PREFIX),
            config.get(Settings.PROTOCOL),
            config.get(Settings.DATA_MARKET)),
        config.get(Settings.BATCHING),
        config.get(Settings.BATCH_SIZE),
        config.get(Settings.FLUSH_INTERVAL),
        config.get(Settings.OUTAGE_BUFFER),
        config.get(Settings.SHUTDOWN_TIMEOUT),
        DEFAULT_COMMAND_TIMEOUT,
        config.get(Settings.DROP_ON_OVERFLOW) ? Duration.ZERO : config.get(Settings.EMIT_TIMEOUT));
  }

  /**
   * The Go package's defaults.
   *
   * @return the default configuration
   */
  public static PublisherConfig defaults() {
    return from(DsvEventsConfig.defaults());
  }
}
