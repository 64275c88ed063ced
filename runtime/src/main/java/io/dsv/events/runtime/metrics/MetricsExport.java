package io.dsv.events.runtime.metrics;

import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.config.Settings;
import io.dsv.events.runtime.messages.Messages;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.jmx.JmxConfig;
import io.micrometer.jmx.JmxMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the runtime's meters go besides the caller's registry: a Prometheus scrape page ({@code
 * dsv.events.metrics.prometheus.port}), JMX ({@code dsv.events.metrics.jmx}); and the periodic
 * summary line ({@code dsv.events.metrics.log.interval}). Exports that cannot start are reported
 * and left out; the runtime runs on without them.
 */
public final class MetricsExport implements AutoCloseable {
  /** The JMX domain of the meters. */
  public static final String JMX_DOMAIN = "dsv.events";

  private final MeterRegistry registry;
  private final List<AutoCloseable> resources;
  private final PrometheusEndpoint prometheus;
  private final boolean jmx;
  private final Duration summaryInterval;
  private final Consumer<String> lines;

  private MetricsExport(
      MeterRegistry registry,
      List<AutoCloseable> resources,
      PrometheusEndpoint prometheus,
      boolean jmx,
      Duration summaryInterval,
      Consumer<String> lines) {
    this.registry = registry;
    this.resources = resources;
    this.prometheus = prometheus;
    this.jmx = jmx;
    this.summaryInterval = summaryInterval;
    this.lines = lines;
  }

  /**
   * Starts the exports the configuration asks for.
   *
   * @param config the settings
   * @param base the caller's registry, which meters go to in any case, or {@code null} for none
   * @param log where problems (WARNING) and the periodic line (INFO) are written
   * @return the running exports; {@link #registry()} is where meters must be registered
   */
  public static MetricsExport start(
      DsvEventsConfig config, MeterRegistry base, BiConsumer<System.Logger.Level, String> log) {
    Consumer<String> warnings = message -> log.accept(System.Logger.Level.WARNING, message);
    List<AutoCloseable> resources = new ArrayList<>();
    List<MeterRegistry> registries = new ArrayList<>();
    if (base != null) {
      registries.add(base);
    }
    PrometheusEndpoint prometheus = openPrometheus(config, warnings);
    if (prometheus != null) {
      resources.add(prometheus);
      registries.add(prometheus.registry());
    }
    JmxMeterRegistry jmx = config.get(Settings.METRICS_JMX) ? openJmx(warnings) : null;
    if (jmx != null) {
      resources.add(jmx::close);
      registries.add(jmx);
    }
    return new MetricsExport(
        combined(registries),
        resources,
        prometheus,
        jmx != null,
        config.get(Settings.METRICS_LOG_INTERVAL),
        message -> log.accept(System.Logger.Level.INFO, message));
  }

  /**
   * No exports and no line ({@code dsv.events.metrics=false}).
   *
   * @param base the registry, or {@code null}
   * @return exports that export nothing
   */
  public static MetricsExport none(MeterRegistry base) {
    return new MetricsExport(base, List.of(), null, false, Duration.ZERO, line -> {});
  }

  private static MeterRegistry combined(List<MeterRegistry> registries) {
    if (registries.size() < 2) {
      return registries.isEmpty() ? null : registries.get(0);
    }
    CompositeMeterRegistry composite = new CompositeMeterRegistry();
    registries.forEach(composite::add);
    return composite;
  }

  /**
   * Logs the summary line every {@code dsv.events.metrics.log.interval} (unless it is zero), and
   * once more, marked {@code (final)}, at {@link #close()}. Call it once.
   *
   * @param summary the runtime's counts now
   */
  public void logSummaries(Supplier<MetricsSummary> summary) {
    if (summaryInterval.isZero()) {
      return;
    }
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "dsv-events-metrics-log");
              thread.setDaemon(true);
              return thread;
            });
    long millis = Math.max(1, summaryInterval.toMillis());
    timer.scheduleAtFixedRate(
        () -> lines.accept(Messages.metricsLine(summary.get().line(true))),
        millis,
        millis,
        TimeUnit.MILLISECONDS);
    resources.add(
        0,
        () -> {
          timer.shutdownNow();
          lines.accept(Messages.metricsLine(summary.get().line(false)) + " (final)");
        });
  }

  private static PrometheusEndpoint openPrometheus(DsvEventsConfig config, Consumer<String> log) {
    Integer port = config.get(Settings.METRICS_PROMETHEUS_PORT);
    if (port == null) {
      return null;
    }
    try {
      return PrometheusEndpoint.open(port);
    } catch (IOException | RuntimeException e) {
      log.accept(Messages.prometheusFailed(port, e.toString()));
    } catch (NoClassDefFoundError e) {
      log.accept(Messages.prometheusFailed(port, Messages.PROMETHEUS_LIBRARY_MISSING));
    }
    return null;
  }

  private static JmxMeterRegistry openJmx(Consumer<String> log) {
    try {
      return new JmxMeterRegistry(
          new JmxConfig() {
            @Override
            public String get(String key) {
              return null;
            }

            @Override
            public String domain() {
              return JMX_DOMAIN;
            }
          },
          Clock.SYSTEM);
    } catch (RuntimeException e) {
      log.accept(Messages.jmxFailed(e.toString()));
    } catch (NoClassDefFoundError e) {
      log.accept(Messages.jmxFailed(Messages.JMX_LIBRARY_MISSING));
    }
    return null;
  }

  /**
   * The registry the runtime's meters must be registered on: the caller's, an export's, or a
   * composite of them; {@code null} when there is none (no caller registry and no export).
   *
   * @return the registry, or {@code null}
   */
  public MeterRegistry registry() {
    return registry;
  }

  /**
   * The port the Prometheus page listens on, when it runs.
   *
   * @return the port
   */
  public OptionalInt prometheusPort() {
    return prometheus == null ? OptionalInt.empty() : OptionalInt.of(prometheus.port());
  }

  /**
   * Where meters are exported, for the start-up line.
   *
   * @return e.g. {@code Prometheus :9464/metrics, JMX dsv.events}, or empty
   */
  public String describe() {
    List<String> places = new ArrayList<>();
    prometheusPort().ifPresent(port -> places.add("Prometheus http://<host>:" + port + "/metrics"));
    if (jmx) {
      places.add("JMX domain " + JMX_DOMAIN);
    }
    return String.join(", ", places);
  }

  /** Stops the periodic line and closes the page and the JMX registry. */
  @Override
  public void close() {
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        // closing an export must not stop the rest of the shutdown
      }
    }
  }
}
