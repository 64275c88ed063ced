package io.dsv.events.runtime;

import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.config.Settings;
import io.dsv.events.runtime.emitter.Emitter;
import io.dsv.events.runtime.emitter.EmitterConfig;
import io.dsv.events.runtime.emitter.Subscriber;
import io.dsv.events.runtime.messages.Messages;
import io.dsv.events.runtime.metrics.MetricNames;
import io.dsv.events.runtime.metrics.MetricsExport;
import io.dsv.events.runtime.metrics.MetricsSummary;
import io.dsv.events.runtime.model.PayloadLimit;
import io.dsv.events.runtime.publish.PublisherConfig;
import io.dsv.events.runtime.publish.PublisherCounts;
import io.dsv.events.runtime.publish.RedisPublisher;
import io.dsv.events.runtime.sink.JsonLinesSink;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The whole runtime built from one configuration: the emitter; the Redis publisher fed by it when
 * {@code dsv.events.redis.uri} is set; the JSON-lines sink when {@code dsv.events.log} is set.
 * {@link #close()} tears them down in order (stop emitting and drain, publish what is left, close
 * the sink) within {@code dsv.events.shutdown.timeout} in all.
 *
 * <pre>{@code
 * DsvEventsRuntime runtime = DsvEventsRuntime.start(DsvEventsConfig.fromEnvironment(null));
 * runtime.emitter().emitEpochStarted("dequeuer", "epoch_123");
 * runtime.close();
 * }</pre>
 *
 * <p>Starting never waits for Redis: the publisher connects in the background, and holds events (up
 * to {@code outage.buffer}) until it has.
 */
public final class DsvEventsRuntime implements AutoCloseable {
  private static final String LOG_SUBSCRIBER = "dsv-events-log";

  private final DsvEventsConfig config;
  private final MeterRegistry registry;
  private final MetricsExport metricsExport;
  private final Emitter emitter;
  private final RedisPublisher publisher;
  private final JsonLinesSink log;
  private boolean closed;

  private DsvEventsRuntime(
      DsvEventsConfig config,
      MetricsExport metricsExport,
      Emitter emitter,
      RedisPublisher publisher,
      JsonLinesSink log) {
    this.config = config;
    this.registry = metricsExport.registry();
    this.metricsExport = metricsExport;
    this.emitter = emitter;
    this.publisher = publisher;
    this.log = log;
  }

  /**
   * Builds and starts the runtime with its own {@link SimpleMeterRegistry}.
   *
   * @param config resolved settings; problems in it are logged, and defaults used for them
   * @return the running runtime
   */
  public static DsvEventsRuntime start(DsvEventsConfig config) {
    return start(config, new SimpleMeterRegistry());
  }

  /**
   * Builds and starts the runtime, its meters on the caller's registry.
   *
   * @param config resolved settings; problems in it are logged, and defaults used for them
   * @param registry where meters go (when {@code dsv.events.metrics} is on)
   * @return the running runtime
   */
  public static DsvEventsRuntime start(DsvEventsConfig config, MeterRegistry registry) {
    // Looked up here, not in a static field: the lookup starts java.util.logging, which callers
    // that pass their own notices (the agent) do not need.
    System.Logger log = System.getLogger("io.dsv.events");
    return startWith(
        config, registry, (level, message) -> log.log(level, Messages.LOG_PREFIX + message));
  }

  /**
   * Builds and starts the runtime, its meters on the caller's registry (and on the exports the
   * {@code dsv.events.metrics.*} settings ask for), its notices to the caller's log.
   *
   * @param config resolved settings; problems in it are logged, and defaults used for them
   * @param registry where meters go (when {@code dsv.events.metrics} is on), or {@code null} for
   *     none but the exports': the runtime counts anyway, and its summary line needs no registry
   * @param notices where configuration problems, export failures and the periodic metrics line are
   *     written, one message each, without prefix
   * @return the running runtime
   */
  public static DsvEventsRuntime start(
      DsvEventsConfig config, MeterRegistry registry, Consumer<String> notices) {
    return startWith(config, registry, (level, message) -> notices.accept(message));
  }

  private static DsvEventsRuntime startWith(
      DsvEventsConfig config,
      MeterRegistry registry,
      BiConsumer<System.Logger.Level, String> leveled) {
    Consumer<String> notices = message -> leveled.accept(System.Logger.Level.WARNING, message);
    config.problems().forEach(notices);
    boolean metrics = config.get(Settings.METRICS);
    MetricsExport export =
        metrics ? MetricsExport.start(config, registry, leveled) : MetricsExport.none(registry);
    registry = export.registry();
    Emitter emitter = new Emitter(EmitterConfig.from(config), registry);
    PayloadLimit limit = new PayloadLimit(config.get(Settings.MAX_PAYLOAD_BYTES), notices);
    if (metrics && registry != null) {
      limit.register(registry);
    }
    RedisPublisher publisher = null;
    String redisUri = config.get(Settings.REDIS_URI);
    if (redisUri != null) {
      publisher =
          RedisPublisher.create(
                  redisUri, PublisherConfig.from(config), metrics ? registry : null, limit, leveled)
              .start();
      emitter.addSink(publisher);
    }
    JsonLinesSink log = openLog(config.get(Settings.LOG), limit, notices);
    if (log != null) {
      emitter.subscribe(Subscriber.toAll(LOG_SUBSCRIBER, log));
    }
    emitter.start();
    DsvEventsRuntime runtime = new DsvEventsRuntime(config, export, emitter, publisher, log);
    export.logSummaries(runtime::summary);
    return runtime;
  }

  /** The totals of the summary line, from the emitter's and the publisher's own counts. */
  private MetricsSummary summary() {
    Map<String, Long> counts = emitter.getMetrics();
    return new MetricsSummary(
        counts.get(MetricNames.KEY_EVENTS_EMITTED),
        counts.get(MetricNames.KEY_EVENTS_PROCESSED),
        counts.get(MetricNames.KEY_EVENTS_DROPPED),
        counts.get(MetricNames.KEY_PROCESSING_ERRORS),
        counts.get(MetricNames.KEY_BUFFER_USAGE),
        publisher == null ? null : publishing(publisher));
  }

  private static MetricsSummary.Publishing publishing(RedisPublisher publisher) {
    PublisherCounts totals = publisher.totals();
    return new MetricsSummary.Publishing(
        totals.published(),
        totals.dropped(),
        totals.failed(),
        totals.pending(),
        publisher.isConnected());
  }

  private static JsonLinesSink openLog(
      String target, PayloadLimit limit, Consumer<String> notices) {
    if (target == null) {
      return null;
    }
    try {
      return JsonLinesSink.open(target, limit);
    } catch (IOException | RuntimeException e) {
      notices.accept(Messages.cannotOpenLog(target, e.toString()));
      return null;
    }
  }

  /**
   * The emitter: emit here, subscribe here.
   *
   * @return the emitter
   */
  public Emitter emitter() {
    return emitter;
  }

  /**
   * The Redis publisher, when {@code dsv.events.redis.uri} is set.
   *
   * @return the publisher
   */
  public Optional<RedisPublisher> publisher() {
    return Optional.ofNullable(publisher);
  }

  /**
   * The registry the meters are on.
   *
   * @return the registry, or {@code null} when the runtime was given none and exports none
   */
  public MeterRegistry registry() {
    return registry;
  }

  /**
   * Where the meters are exported (Prometheus page, JMX, periodic line).
   *
   * @return the exports
   */
  public MetricsExport metricsExport() {
    return metricsExport;
  }

  /**
   * The configuration the runtime was built from.
   *
   * @return the configuration
   */
  public DsvEventsConfig config() {
    return config;
  }

  /** Stops within {@code dsv.events.shutdown.timeout}; see {@link #close(Duration)}. */
  @Override
  public void close() {
    close(config.get(Settings.SHUTDOWN_TIMEOUT));
  }

  /**
   * Stops emitting, dispatches and hands on what was accepted, publishes what is left and closes
   * the sink, all within {@code timeout}. Calling it again is harmless.
   *
   * @param timeout the longest it may take in all
   * @return whether everything accepted was delivered in time
   */
  public synchronized boolean close(Duration timeout) {
    if (closed) {
      return true;
    }
    closed = true;
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean complete = emitter.stop(timeout);
    if (publisher != null) {
      complete &= publisher.stop(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }
    if (log != null) {
      try {
        log.close();
      } catch (IOException e) {
        complete = false;
      }
    }
    metricsExport.close();
    return complete;
  }
}
