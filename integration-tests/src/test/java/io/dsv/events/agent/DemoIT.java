package io.dsv.events.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsv.events.annotations.EventType;
import io.dsv.events.demo.DemoLauncher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The README's main job: the same entry point the README's command runs ({@link DemoLauncher}), on
 * a machine with no Redis configured, so it starts a redis-server of its own.
 */
@Timeout(300)
class DemoIT {
  private static final Pattern ROW =
      Pattern.compile("^([a-z0-9_]+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$");

  @Test
  void theMainJobRunsEveryTypeThroughTheAgentAndRedisAndSummarisesIt() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Ddsv.demo.agent.jar=" + ChildJvm.agentJar(),
            "-cp",
            System.getProperty("java.class.path"),
            DemoLauncher.class.getName());
    builder.environment().keySet().removeIf(name -> name.startsWith("DSV_EVENTS_"));
    builder.redirectErrorStream(true);
    Process demo = builder.start();
    CompletableFuture<String> output =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(demo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    assertThat(demo.waitFor(240, TimeUnit.SECONDS)).isTrue();
    String text = output.get();
    System.out.println(text);

    assertThat(demo.exitValue()).isZero();
    assertThat(text)
        .contains("a redis-server the demo started")
        .contains("[services] [dsv-events] agent ")
        .contains("  <- ")
        .contains(
            "OK: every event type was emitted, published to Redis and received; none dropped.");
    Map<String, long[]> rows = rows(text);
    for (EventType type : EventType.values()) {
      long[] row = rows.get(type.wireName());
      assertThat(row).as(type.wireName()).isNotNull();
      assertThat(row[0]).as("%s emitted", type).isPositive();
      assertThat(row[1]).as("%s published", type).isEqualTo(row[0]);
      assertThat(row[2]).as("%s received", type).isEqualTo(row[0]);
      assertThat(row[3]).as("%s dropped", type).isZero();
    }
    assertThat(text.lines().filter(line -> line.startsWith("  <- ")).count())
        .isEqualTo(rows.get("total")[2]);
  }

  private static Map<String, long[]> rows(String text) {
    Map<String, long[]> rows = new HashMap<>();
    for (String line : text.lines().toList()) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        rows.put(
            row.group(1),
            new long[] {
              Long.parseLong(row.group(2)),
              Long.parseLong(row.group(3)),
              Long.parseLong(row.group(4)),
              Long.parseLong(row.group(5))
            });
      }
    }
    return rows;
  }
}
