package io.dsv.events.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dsv.events.runtime.DsvEventsRuntime;
import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.testing.Prefixes;
import io.dsv.events.runtime.testing.RedisServers;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class MetricsExportTest {
  @Test
  void prometheusPageShowsTheMetersWithTheirCounts() throws Exception {
    DsvEventsConfig config =
        DsvEventsConfig.of(Map.of("metrics.prometheus.port", "0", "metrics.log.interval", "0"));
    try (DsvEventsRuntime runtime = DsvEventsRuntime.start(config)) {
      int port = runtime.metricsExport().prometheusPort().orElseThrow();
      for (int i = 0; i < 3; i++) {
        runtime.emitter().emitEpochStarted("dequeuer", "epoch_" + i);
      }
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(scrape(port))
                      .contains("events_emitted_total{type=\"epoch_started\"} 3.0")
                      .contains("events_processed_total{type=\"epoch_started\"} 3.0")
                      .contains("buffer_usage"));
      assertThat(runtime.metricsExport().describe())
          .isEqualTo("Prometheus http://<host>:" + port + "/metrics");
    }
  }

  @Test
  void aTakenPortIsReportedAndTheRuntimeRunsOn() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      List<String> notices = new CopyOnWriteArrayList<>();
      DsvEventsConfig config =
          DsvEventsConfig.of(
              Map.of(
                  "metrics.prometheus.port",
                  String.valueOf(taken.getLocalPort()),
                  "metrics.log.interval",
                  "0"));
      try (DsvEventsRuntime runtime =
          DsvEventsRuntime.start(config, new SimpleMeterRegistry(), notices::add)) {
        assertThat(runtime.metricsExport().prometheusPort()).isEmpty();
        assertThat(runtime.emitter().emitEpochStarted("dequeuer", "epoch_1").accepted()).isTrue();
      }
      assertThat(notices)
          .singleElement()
          .asString()
          .startsWith(
              "Cannot serve Prometheus metrics on dsv.events.metrics.prometheus.port="
                  + taken.getLocalPort()
                  + ": java.net.BindException");
    }
  }

  @Test
  void jmxShowsTheMetersUnderTheDsvEventsDomain() throws Exception {
    DsvEventsConfig config =
        DsvEventsConfig.of(Map.of("metrics.jmx", "true", "metrics.log.interval", "0"));
    try (DsvEventsRuntime runtime = DsvEventsRuntime.start(config)) {
      runtime.emitter().emitEpochStarted("dequeuer", "epoch_1");
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(
                          ManagementFactory.getPlatformMBeanServer()
                              .queryNames(new ObjectName("dsv.events:*"), null)
                              .toString())
                      .contains("eventsEmitted"));
      assertThat(runtime.metricsExport().describe()).isEqualTo("JMX domain dsv.events");
    }
    assertThat(
            ManagementFactory.getPlatformMBeanServer()
                .queryNames(new ObjectName("dsv.events:*"), null))
        .as("closing unregisters the MBeans")
        .isEmpty();
  }

  @Test
  void summaryLineComesAtTheIntervalAndOnceMoreAtClose() {
    List<String> lines = new CopyOnWriteArrayList<>();
    DsvEventsConfig config = DsvEventsConfig.of(Map.of("metrics.log.interval", "50ms"));
    DsvEventsRuntime runtime =
        DsvEventsRuntime.start(config, new SimpleMeterRegistry(), lines::add);
    runtime.emitter().emitEpochStarted("dequeuer", "epoch_1");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> lines.stream().anyMatch(line -> line.contains("processed 1,")));
    runtime.close();
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(
            "metrics: emitted 1, processed 1, dropped 0, processing errors 0, buffer usage % 0"
                + " (final)");
  }

  @Test
  void withoutARegistryTheRuntimeStillCountsAndLogsTheLine() {
    List<String> lines = new CopyOnWriteArrayList<>();
    DsvEventsConfig config = DsvEventsConfig.of(Map.of("metrics.log.interval", "1h"));
    DsvEventsRuntime runtime = DsvEventsRuntime.start(config, null, lines::add);
    runtime.emitter().emitEpochStarted("dequeuer", "epoch_1");
    runtime.emitter().emitEpochStarted("dequeuer", "epoch_2");
    runtime.close();

    assertThat(runtime.registry()).as("no caller registry and no export: no meters").isNull();
    assertThat(lines)
        .containsExactly(
            "metrics: emitted 2, processed 2, dropped 0, processing errors 0, buffer usage % 0"
                + " (final)");
  }

  @Test
  void withoutARegistryTheLineStillCountsWhatWasPublished() {
    List<String> lines = new CopyOnWriteArrayList<>();
    DsvEventsConfig config =
        DsvEventsConfig.of(
            Map.of(
                "redis.uri", RedisServers.shared(),
                "channel.prefix", Prefixes.unique(),
                "metrics.log.interval", "1h"));
    DsvEventsRuntime runtime = DsvEventsRuntime.start(config, null, lines::add);
    runtime.emitter().emitEpochStarted("dequeuer", "epoch_1");
    runtime.close();

    assertThat(lines)
        .singleElement()
        .asString()
        .contains("emitted 1,", "published 1, publish dropped 0, publish failed 0, pending 0,")
        .endsWith("(final)");
  }

  @Test
  void theLineCountsWhatAFilteredRegistryLeavesOut() {
    List<String> lines = new CopyOnWriteArrayList<>();
    SimpleMeterRegistry filtered = new SimpleMeterRegistry();
    filtered.config().meterFilter(MeterFilter.deny());
    DsvEventsConfig config = DsvEventsConfig.of(Map.of("metrics.log.interval", "1h"));
    DsvEventsRuntime runtime = DsvEventsRuntime.start(config, filtered, lines::add);
    runtime.emitter().emitEpochStarted("dequeuer", "epoch_1");
    runtime.close();

    assertThat(filtered.getMeters()).isEmpty();
    assertThat(lines).singleElement().asString().startsWith("metrics: emitted 1, processed 1,");
  }

  @Test
  void metricsOffMeansNoExportsAndNoLine() {
    List<String> lines = new CopyOnWriteArrayList<>();
    DsvEventsConfig config =
        DsvEventsConfig.of(
            Map.of(
                "metrics", "false", "metrics.prometheus.port", "0", "metrics.log.interval", "1ms"));
    try (DsvEventsRuntime runtime =
        DsvEventsRuntime.start(config, new SimpleMeterRegistry(), lines::add)) {
      assertThat(runtime.metricsExport().prometheusPort()).isEmpty();
    }
    assertThat(lines).isEmpty();
  }

  private static String scrape(int port) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
