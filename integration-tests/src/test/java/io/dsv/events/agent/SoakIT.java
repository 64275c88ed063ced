package io.dsv.events.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.dsv.events.annotations.EventType;
import io.dsv.events.demo.PrometheusScrape;
import io.dsv.events.runtime.testing.OwnRedisServer;
import io.dsv.events.runtime.testing.Prefixes;
import io.dsv.events.samples.ProducerApp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two producer threads calling annotated methods at full speed for 60 s under the agent, publishing
 * to Redis: heap after GC stays flat, the thread count does not grow, and the accounting is exact.
 * The figures it prints go to BENCHMARKS.md.
 */
class SoakIT {
  private static final int SECONDS = Integer.getInteger("dsv.soak.seconds", 60);
  private static final List<EventType> PRODUCED =
      List.of(EventType.SUBMISSION_RECEIVED, EventType.QUEUE_DEPTH_CHANGED);

  private final String prefix = Prefixes.unique();

  @Test
  void twoFullSpeedProducersFor60sStayFlatAndAccountForEveryEvent() {
    // The run's length is a setting (the long-soak profile), so the bound follows it.
    assertTimeoutPreemptively(Duration.ofSeconds(SECONDS + 240), this::soak);
  }

  private void soak() throws Exception {
    int port = FreePort.find();
    // A server of its own, whose Pub/Sub output buffer has no limit: at ~150,000 messages a second
    // the test's subscriber can fall 32 MiB behind while the producers take the CPU, and Redis
    // would
    // then disconnect it and the accounting could never add up. The shared server stays as it is.
    try (OwnRedisServer server =
            OwnRedisServer.create().start("--client-output-buffer-limit", "pubsub", "0", "0", "0");
        RedisCounter counter = RedisCounter.onPrefix(server.uri(), prefix, false)) {
      String redis = server.uri();
      ProducerRun app =
          new ProducerRun(
              ChildJvm.java()
                  .option("-Xmx256m")
                  .agent(
                      "redis.uri="
                          + redis
                          + ",channel.prefix="
                          + prefix
                          + ",metrics.prometheus.port="
                          + port
                          + ",metrics.log.interval=10s")
                  .start(ProducerApp.class, "2", String.valueOf(SECONDS), "0", "wait"),
              port);
      try {
        app.awaitProduced();
        PrometheusScrape accounting = ProducerRun.settle(app, counter, PRODUCED);
        long emitted = 0;
        long published = 0;
        for (EventType type : PRODUCED) {
          assertThat(accounting.published(type) + accounting.dropped(type))
              .as("%s published + dropped", type)
              .isEqualTo(accounting.emitted(type));
          assertThat(counter.received(type))
              .as("%s received", type)
              .isEqualTo(accounting.published(type));
          emitted += accounting.emitted(type);
          published += accounting.published(type);
        }
        List<long[]> samples = samples(app.output());
        System.out.printf(
            "[soak] %d s, 2 producers: emitted %d (%,d/s), published and received %d (%,d/s);"
                + " heap after GC %s MiB; threads %s%n",
            SECONDS,
            emitted,
            emitted / SECONDS,
            published,
            published / SECONDS,
            samples.stream().map(s -> String.valueOf(s[0] >> 20)).toList(),
            samples.stream().map(s -> String.valueOf(s[1])).toList());
        assertThat(samples).hasSizeGreaterThanOrEqualTo(4);
        long firstHeap = Math.max(samples.get(0)[0], samples.get(1)[0]);
        long lastHeap = samples.get(samples.size() - 1)[0];
        assertThat(lastHeap)
            .as("heap after GC at the end vs the start")
            .isLessThan(firstHeap * 2 + (16L << 20));
        assertThat(samples.get(samples.size() - 1)[1])
            .as("live threads at the end vs after the first sample")
            .isLessThanOrEqualTo(samples.get(0)[1]);
        assertThat(app.stop()).isZero();
      } finally {
        app.kill();
      }
    }
  }

  /** The app's {@code SAMPLE <heap bytes after GC> <live threads>} lines. */
  private static List<long[]> samples(List<String> output) {
    return output.stream()
        .filter(line -> line.startsWith("SAMPLE "))
        .map(line -> line.substring("SAMPLE ".length()).split(" "))
        .map(parts -> new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])})
        .toList();
  }
}
