package io.dsv.events.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dsv.events.annotations.EventType;
import io.dsv.events.demo.PrometheusScrape;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A running {@code ProducerApp} child JVM: its output, its Prometheus page, its end. */
final class ProducerRun {

  private final Process process;
  private final int metricsPort;
  private final CompletableFuture<String> stderr;
  private final List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();

  ProducerRun(Process process, int metricsPort) {
    this.process = process;
    this.metricsPort = metricsPort;
    this.stderr = ProcessOutput.readAll(process.getErrorStream());
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
              } catch (java.io.IOException e) {
                // the process ended
              }
            });
    reader.setDaemon(true);
    reader.start();
  }

  void awaitProduced() {
    await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> lines.stream().anyMatch(line -> line.startsWith("SLOWEST_MS ")));
  }

  long slowestCallMillis() {
    return lines.stream()
        .filter(line -> line.startsWith("SLOWEST_MS "))
        .mapToLong(line -> Long.parseLong(line.substring("SLOWEST_MS ".length())))
        .findFirst()
        .orElseThrow();
  }

  int stop() throws Exception {
    process.getOutputStream().close();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    System.out.println("[child] ProducerApp\n" + String.join("\n", lines) + "\n" + stderr.get());
    return process.exitValue();
  }

  Process process() {
    return process;
  }

  /** Standard error, once the process has ended. */
  String stderr() throws Exception {
    return stderr.get();
  }

  /** Standard output so far, line by line. */
  List<String> output() {
    return List.copyOf(lines);
  }

  void kill() {
    process.destroyForcibly();
  }

  /** Waits until every event is published or dropped and the subscriber has what was published. */
  static PrometheusScrape settle(ProducerRun app, RedisCounter counter, List<EventType> types) {
    PrometheusScrape[] last = new PrometheusScrape[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .ignoreExceptions()
        .until(
            () -> {
              PrometheusScrape now = PrometheusScrape.fetch(app.metricsPort);
              last[0] = now;
              return types.stream()
                  .allMatch(
                      type ->
                          now.published(type) + now.dropped(type) == now.emitted(type)
                              && counter.received(type) >= now.published(type));
            });
    return last[0];
  }
}
