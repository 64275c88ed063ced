package io.dsv.events.benchmarks;

import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Severity;
import io.dsv.events.runtime.DsvEventsRuntime;
import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.EventJson;
import io.dsv.events.runtime.model.SubmissionPayload;
import io.dsv.events.runtime.publish.Channels;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End-to-end throughput: events per second from {@code emit} to a subscriber on another connection,
 * for ~450-byte events, beside {@code redis-benchmark -P 100 publish} with a payload of the same
 * size against the same server, measured in the same run. Both runs have a subscriber on the
 * channel, so Redis fans every message out in both.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.dsv.events.benchmarks.EndToEndThroughput \
 *     [events=500000] [batch.size=100]
 * </pre>
 *
 * <p>It starts {@code redis-server} (from the PATH) on port 6399 for the run.
 */
public final class EndToEndThroughput {
  private static final int EVENT_BYTES = 450;
  private static final int PORT = 6399;
  // The JIT needs ~1.5 million events to settle the publishing path; a cold run is ~1/3 as fast.
  private static final int WARM_UP_RUNS = 3;
  private static final String SERVER_URI = "redis://127.0.0.1:" + PORT;

  private EndToEndThroughput() {}

  /**
   * Warms the JVM up with unmeasured dsv-events runs (redis-benchmark, native code, needs none),
   * then measures both {@code rounds} times, alternating, and prints each round and the medians.
   *
   * @param args event count, batch size, rounds
   * @throws Exception when a run fails
   */
  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
    String batchSize = args.length > 1 ? args[1] : "100";
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Process server = startServer();
    double[] baseline = new double[rounds];
    double[] ours = new double[rounds];
    try {
      RedisURI redis = RedisURI.create(SERVER_URI);
      for (int warmUp = 1; warmUp <= WARM_UP_RUNS; warmUp++) {
        System.out.printf(
            "warm-up %d: dsv-events %,.0f events/s (not counted)%n",
            warmUp, dsvEvents(SERVER_URI, events, batchSize));
      }
      for (int round = 0; round < rounds; round++) {
        baseline[round] = redisBenchmark(redis, events);
        ours[round] = dsvEvents(SERVER_URI, events, batchSize);
        System.out.printf(
            "round %d: redis-benchmark %,.0f msgs/s, dsv-events %,.0f events/s, ratio %.2f%n",
            round + 1, baseline[round], ours[round], ours[round] / baseline[round]);
      }
    } finally {
      server.destroy();
    }
    double baselineMedian = median(baseline);
    double oursMedian = median(ours);
    System.out.printf(
        "%nredis-benchmark -P 100 publish (%d-byte payload), median of %d: %,.0f msgs/s%n",
        EVENT_BYTES, rounds, baselineMedian);
    System.out.printf(
        "dsv-events emit -> subscriber (batch.size=%s), median of %d: %,.0f events/s%n",
        batchSize, rounds, oursMedian);
    System.out.printf("ratio dsv-events / redis-benchmark: %.2f%n", oursMedian / baselineMedian);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static double dsvEvents(String uri, int events, String batchSize) throws Exception {
    String prefix = "dsvbench:" + UUID.randomUUID().toString().substring(0, 8);
    Event sample = eventOfSize(EVENT_BYTES);
    System.out.println("dsv-events message size: " + EventJson.write(sample).length + " bytes");
    String channel = new Channels(prefix, "", "").channelFor(EventType.SUBMISSION_REJECTED);
    try (Counter counter = Counter.subscribe(uri, channel, false)) {
      DsvEventsRuntime runtime =
          DsvEventsRuntime.start(
              DsvEventsConfig.of(
                      Map.of(
                          "redis.uri", uri,
                          "channel.prefix", prefix,
                          "batch.size", batchSize,
                          "buffer.size", "16384",
                          "drop.on.overflow", "false",
                          "emit.timeout", "60s",
                          "outage.buffer", "100000",
                          "metrics", "false"))
                  .requireValid());
      SubmissionPayload payload = (SubmissionPayload) sample.payload();
      long start = System.nanoTime();
      for (int i = 0; i < events; i++) {
        runtime
            .emitter()
            .emit(Event.of(EventType.SUBMISSION_REJECTED, Severity.WARNING, "dequeuer", payload));
      }
      long emitted = System.nanoTime() - start;
      counter.awaitCount(events, TimeUnit.MINUTES.toNanos(5));
      long elapsed = System.nanoTime() - start;
      runtime.close();
      System.out.printf("dsv-events emit loop alone: %,.0f events/s%n", events / (emitted / 1e9));
      return events / (elapsed / 1e9);
    }
  }

  private static double redisBenchmark(RedisURI redis, int events) throws Exception {
    String channel = "dsvbench:" + UUID.randomUUID().toString().substring(0, 8) + ":submission";
    String payload = "x".repeat(EVENT_BYTES);
    try (Counter counter = Counter.subscribe(redis.toURI().toString(), channel, false)) {
      List<String> command =
          new ArrayList<>(
              List.of(
                  "redis-benchmark",
                  "-h",
                  redis.getHost(),
                  "-p",
                  String.valueOf(redis.getPort()),
                  "-P",
                  "100",
                  "-n",
                  String.valueOf(events),
                  "-q"));
      command.addAll(List.of("publish", channel, payload));
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IOException("redis-benchmark failed: " + output);
      }
      counter.awaitCount(events, TimeUnit.MINUTES.toNanos(5));
      long elapsed = System.nanoTime() - start;
      Matcher rate = Pattern.compile("([0-9.]+) requests per second").matcher(output);
      double published = Double.NaN;
      while (rate.find()) {
        published = Double.parseDouble(rate.group(1));
      }
      System.out.printf(
          "redis-benchmark's own figure (publishing side): %,.0f msgs/s%n", published);
      return events / (elapsed / 1e9);
    }
  }

  /**
   * A redis-server of its own, so that lifting the Pub/Sub output-buffer limit (a subscriber behind
   * by more than 32 MiB is otherwise disconnected) touches no shared server.
   */
  private static Process startServer() throws Exception {
    Process process =
        new ProcessBuilder(
                "redis-server",
                "--port",
                String.valueOf(PORT),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--client-output-buffer-limit",
                "pubsub",
                "0",
                "0",
                "0")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    RedisClient probe = RedisClient.create(SERVER_URI);
    try {
      for (int attempt = 0; ; attempt++) {
        try (var connection = probe.connect()) {
          connection.sync().ping();
          return process;
        } catch (RuntimeException notYet) {
          if (attempt > 100) {
            throw notYet;
          }
          TimeUnit.MILLISECONDS.sleep(50);
        }
      }
    } finally {
      probe.shutdown();
    }
  }

  private static Event eventOfSize(int bytes) {
    SubmissionPayload base =
        new SubmissionPayload("sub_1", "epoch_1", "project_1", "bafy", 1, "", "", null);
    int size =
        EventJson.write(Event.of(EventType.SUBMISSION_REJECTED, Severity.WARNING, "dequeuer", base))
            .length;
    SubmissionPayload padded =
        new SubmissionPayload(
            "sub_1",
            "epoch_1",
            "project_1",
            "bafy",
            1,
            "",
            "r".repeat(Math.max(0, bytes - size - 12)),
            null);
    return Event.of(EventType.SUBMISSION_REJECTED, Severity.WARNING, "dequeuer", padded);
  }

  /** Counts messages arriving on a channel or pattern, on its own connection. */
  private static final class Counter implements AutoCloseable {
    private final RedisClient client;
    private final StatefulRedisPubSubConnection<byte[], byte[]> connection;
    private final LongAdder count = new LongAdder();

    private Counter(String uri) {
      client = RedisClient.create(uri);
      connection = client.connectPubSub(ByteArrayCodec.INSTANCE);
      connection.addListener(
          new RedisPubSubAdapter<>() {
            @Override
            public void message(byte[] channel, byte[] message) {
              count.increment();
            }

            @Override
            public void message(byte[] pattern, byte[] channel, byte[] message) {
              count.increment();
            }
          });
    }

    static Counter subscribe(String uri, String target, boolean pattern) {
      Counter counter = new Counter(uri);
      byte[] name = target.getBytes(StandardCharsets.UTF_8);
      if (pattern) {
        counter.connection.sync().psubscribe(name);
      } else {
        counter.connection.sync().subscribe(name);
      }
      return counter;
    }

    void awaitCount(long expected, long timeoutNanos) throws InterruptedException {
      long deadline = System.nanoTime() + timeoutNanos;
      while (count.sum() < expected) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("received " + count.sum() + " of " + expected);
        }
        TimeUnit.MILLISECONDS.sleep(1);
      }
    }

    @Override
    public void close() {
      connection.close();
      client.shutdown();
    }
  }
}
