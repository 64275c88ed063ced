package io.dsv.events.demo;

import io.dsv.events.agent.cli.EventLine;
import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.publish.Channels;
import io.dsv.events.runtime.stream.EventStream;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The main job, end to end: starts (or finds) Redis, runs the annotated demo services ({@link
 * PipelineDemo}) in a JVM of their own under {@code -javaagent:dsv-events-agent.jar}, shows every
 * event a reader receives from Redis as it arrives, and closes with a table per event type
 * (emitted, published, received, dropped). Exits 0 when every type was emitted, published and
 * received, and nothing was dropped.
 *
 * <p>Settings: {@code dsv.events.redis.uri} (else a server of its own), {@code dsv.demo.agent.jar}
 * (else {@code agent/target/dsv-events-agent.jar}), {@code dsv.demo.epochs} (3).
 */
public final class DemoLauncher {
  private static final Duration SERVICES_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(15);
  private static final PrintStream OUT = System.out;

  private final Map<EventType, Long> received = new ConcurrentHashMap<>();
  private final CountDownLatch servicesDone = new CountDownLatch(1);

  private DemoLauncher() {}

  /**
   * Runs the demo and exits with its result.
   *
   * @param args ignored; see the class comment for the settings
   * @throws Exception when the demo cannot run
   */
  public static void main(String[] args) throws Exception {
    System.exit(new DemoLauncher().run() ? 0 : 1);
  }

  private boolean run() throws Exception {
    Path agentJar = agentJar();
    String prefix = "dsv:demo:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
    try (DemoRedis redis = DemoRedis.open()) {
      EventStream stream =
          EventStream.open(redis.uri(), new Channels(prefix, "", ""), Set.of(), null);
      OUT.println("dsv-events demo: annotated services under the agent -> Redis -> a reader");
      OUT.println("  Redis:    " + redis.describe());
      OUT.println(
          "  channels: "
              + prefix
              + ":*   (watch them: java -jar "
              + agentJar
              + " tail --redis <uri> --prefix "
              + prefix
              + ")");
      Thread reader = startReader(stream);
      boolean finished;
      DemoSummary summary;
      try {
        int metricsPort = freePort();
        Process services = startServices(agentJar, redis.uri(), prefix, metricsPort);
        finished = servicesDone.await(SERVICES_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        summary = settle(metricsPort);
        stopServices(services);
      } finally {
        stream.close(); // ends the reader
      }
      reader.join(TimeUnit.SECONDS.toMillis(5));
      OUT.println();
      summary.print(OUT);
      boolean complete = finished && summary.complete();
      OUT.println(
          complete
              ? "OK: every event type was emitted, published to Redis and received; none dropped."
              : "INCOMPLETE: see the table (and the services' output above).");
      return complete;
    }
  }

  private Thread startReader(EventStream stream) {
    EventLine lines = new EventLine(System.console() != null && System.getenv("NO_COLOR") == null);
    Thread reader =
        new Thread(
            () -> {
              try {
                while (!stream.isClosed()) {
                  Optional<Event> event = stream.next(Duration.ofMillis(200));
                  event.ifPresent(
                      e -> {
                        received.merge(e.type(), 1L, Long::sum);
                        OUT.println("  <- " + lines.format(e));
                      });
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "demo-reader");
    reader.setDaemon(true);
    reader.start();
    return reader;
  }

  private Process startServices(Path agentJar, String redisUri, String prefix, int metricsPort)
      throws IOException {
    String settings =
        String.join(
            ",",
            "channel.prefix=" + prefix,
            "flush.interval=100ms",
            "metrics.prometheus.port=" + metricsPort,
            "metrics.log.interval=2s");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-javaagent:" + agentJar + "=" + settings,
            "-cp",
            servicesClassPath(),
            PipelineDemo.class.getName(),
            System.getProperty("dsv.demo.epochs", "3"),
            "150",
            "--wait-for-stop");
    ProcessBuilder builder = new ProcessBuilder(command);
    // The URI may hold a password: the environment keeps it off the process list.
    builder.environment().put("DSV_EVENTS_REDIS_URI", redisUri);
    Process services = builder.start();
    relay(services.getInputStream(), true);
    relay(services.getErrorStream(), false);
    return services;
  }

  private void relay(InputStream from, boolean watchForDone) {
    Thread relay =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  OUT.println("  [services] " + line);
                  if (watchForDone && line.equals(PipelineDemo.DONE)) {
                    servicesDone.countDown();
                  }
                }
              } catch (IOException e) {
                OUT.println("  [services] output closed: " + e.getMessage());
              } finally {
                servicesDone.countDown();
              }
            },
            "demo-relay");
    relay.setDaemon(true);
    relay.start();
  }

  /** Waits until what the services emitted is published or dropped, and received. */
  private DemoSummary settle(int metricsPort) throws InterruptedException {
    long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
    DemoSummary summary = null;
    while (System.nanoTime() < deadline) {
      try {
        summary = new DemoSummary(PrometheusScrape.fetch(metricsPort), new EnumMap<>(received));
        if (summary.settled()) {
          return summary;
        }
      } catch (IOException e) {
        // the page may not be up yet
      }
      Thread.sleep(100);
    }
    if (summary == null) {
      throw new IllegalStateException("the services' Prometheus page never answered");
    }
    return summary;
  }

  private static void stopServices(Process services) throws InterruptedException {
    try {
      services.getOutputStream().close(); // end of input: the services end main, the agent drains
    } catch (IOException e) {
      services.destroy();
    }
    if (!services.waitFor(20, TimeUnit.SECONDS)) {
      services.destroyForcibly();
    }
  }

  private static String servicesClassPath() {
    return String.join(
        File.pathSeparator, codeSource(PipelineDemo.class), codeSource(EmitsEvent.class));
  }

  private static String codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path agentJar() {
    String configured = System.getProperty("dsv.demo.agent.jar");
    for (String candidate :
        configured != null
            ? List.of(configured)
            : List.of(
                "agent/target/dsv-events-agent.jar", "../agent/target/dsv-events-agent.jar")) {
      Path jar = Path.of(candidate).toAbsolutePath().normalize();
      if (Files.isRegularFile(jar)) {
        return jar;
      }
    }
    throw new IllegalStateException(
        "The agent jar is not built: run ./mvnw -B -q -pl integration-tests -am -DskipTests"
            + " package exec:java (or set dsv.demo.agent.jar)");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
