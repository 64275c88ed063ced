package io.dsv.events.runtime.emitter;

import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.config.Settings;
import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link Emitter} runs. The defaults are the Go package's: buffer 1000, 10 workers, handler
 * timeout 5 s, metrics on, drop on overflow.
 *
 * @param bufferSize capacity of the buffer between {@code emit} and the workers
 * @param workers threads that run subscriber handlers
 * @param handlerTimeout longest a handler may run before it is counted as timed out and interrupted
 * @param dropOnOverflow {@code true}: a full buffer drops the event at once; {@code false}: {@code
 *     emit} waits up to {@code emitTimeout} for room, then drops
 * @param emitTimeout see {@code dropOnOverflow}
 * @param shutdownTimeout longest {@link Emitter#stop()} waits for accepted events to be handled
 * @param metricsEnabled whether meters are registered on the registry
 * @param protocol filled into events whose protocol is empty
 * @param dataMarket filled into events whose data market is empty
 * @param sequencerId filled into events whose sequencer id is empty
 */
public record EmitterConfig(
    int bufferSize,
    int workers,
    Duration handlerTimeout,
    boolean dropOnOverflow,
    Duration emitTimeout,
    Duration shutdownTimeout,
    boolean metricsEnabled,
    String protocol,
    String dataMarket,
    String sequencerId) {

  /** Checks the values; the messages name the setting and what it accepts. */
  public EmitterConfig {
    requireAtLeast(Settings.BUFFER_SIZE.key(), bufferSize, 1);
    requireAtLeast(Settings.WORKERS.key(), workers, 1);
    requirePositive(Settings.HANDLER_TIMEOUT.key(), handlerTimeout);
    Objects.requireNonNull(emitTimeout, Settings.EMIT_TIMEOUT.key());
    requirePositive(Settings.SHUTDOWN_TIMEOUT.key(), shutdownTimeout);
    protocol = protocol == null ? "" : protocol;
    dataMarket = dataMarket == null ? "" : dataMarket;
    sequencerId = sequencerId == null ? "" : sequencerId;
  }

  /**
   * The Go package's defaults.
   *
   * @return the default configuration
   */
  public static EmitterConfig defaults() {
    return from(DsvEventsConfig.defaults());
  }

  /**
   * The emitter part of the full configuration.
   *
   * @param config resolved settings
   * @return the emitter configuration
   */
  public static EmitterConfig from(DsvEventsConfig config) {
    return new EmitterConfig(
        config.get(Settings.BUFFER_SIZE),
        config.get(Settings.WORKERS),
        config.get(Settings.HANDLER_TIMEOUT),
        config.get(Settings.DROP_ON_OVERFLOW),
        config.get(Settings.EMIT_TIMEOUT),
        config.get(Settings.SHUTDOWN_TIMEOUT),
        config.get(Settings.METRICS),
        config.get(Settings.PROTOCOL),
        config.get(Settings.DATA_MARKET),
        config.get(Settings.SEQUENCER_ID));
  }

  /**
   * @param size buffer capacity
   * @return a copy with that buffer size
   */
  public EmitterConfig withBufferSize(int size) {
    return new EmitterConfig(
        size,
        workers,
        handlerTimeout,
        dropOnOverflow,
        emitTimeout,
        shutdownTimeout,
        metricsEnabled,
        protocol,
        dataMarket,
        sequencerId);
  }

  /**
   * @param count worker threads
   * @return a copy with that many workers
   */
  public EmitterConfig withWorkers(int count) {
    return new EmitterConfig(
        bufferSize,
        count,
        handlerTimeout,
        dropOnOverflow,
        emitTimeout,
        shutdownTimeout,
        metricsEnabled,
        protocol,
        dataMarket,
        sequencerId);
  }

  /**
   * @param timeout handler timeout
   * @return a copy with that handler timeout
   */
  public EmitterConfig withHandlerTimeout(Duration timeout) {
    return new EmitterConfig(
        bufferSize,
        workers,
        timeout,
        dropOnOverflow,
        emitTimeout,
        shutdownTimeout,
        metricsEnabled,
        protocol,
        dataMarket,
        sequencerId);
  }

  /**
   * @param drop whether a full buffer drops at once
   * @param wait how long emit waits for room when {@code drop} is false
   * @return a copy with that overflow behaviour
   */
  public EmitterConfig withOverflow(boolean drop, Duration wait) {
    return new EmitterConfig(
        bufferSize,
        workers,
        handlerTimeout,
        drop,
        wait,
        shutdownTimeout,
        metricsEnabled,
        protocol,
        dataMarket,
        sequencerId);
  }

  /**
   * @param protocol envelope protocol
   * @param dataMarket envelope data market
   * @param sequencerId envelope sequencer id
   * @return a copy that enriches events with these
   */
  public EmitterConfig withEnrichment(String protocol, String dataMarket, String sequencerId) {
    return new EmitterConfig(
        bufferSize,
        workers,
        handlerTimeout,
        dropOnOverflow,
        emitTimeout,
        shutdownTimeout,
        metricsEnabled,
        protocol,
        dataMarket,
        sequencerId);
  }

  private static void requireAtLeast(String key, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(
          io.dsv.events.runtime.messages.Messages.badValue(
              key, String.valueOf(value), "a whole number from " + min));
    }
  }

  private static void requirePositive(String key, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(
          io.dsv.events.runtime.messages.Messages.badValue(
              key, String.valueOf(value), "a duration greater than 0"));
    }
  }
}
