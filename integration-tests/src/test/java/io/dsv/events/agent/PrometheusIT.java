package io.dsv.events.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dsv.events.annotations.EventType;
import io.dsv.events.demo.PipelineDemo;
import io.dsv.events.demo.PrometheusScrape;
import io.dsv.events.runtime.testing.Prefixes;
import io.dsv.events.runtime.testing.RedisServers;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The agent's Prometheus page, scraped while the annotated services run. */
@Timeout(180)
class PrometheusIT {
  private final String redis = RedisServers.shared();
  private final String prefix = Prefixes.unique();

  @Test
  void thePageShowsEmitterPublisherAndAgentMetersWithTheRightCounts() throws Exception {
    int port = FreePort.find();
    Process services =
        ChildJvm.java()
            .agent(
                "redis.uri="
                    + redis
                    + ",channel.prefix="
                    + prefix
                    + ",flush.interval=50ms,metrics.prometheus.port="
                    + port)
            .start(PipelineDemo.class, "2", "0", "--wait-for-stop");
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(services.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = out.readLine();
      } while (line != null && !line.equals(PipelineDemo.DONE));
      assertThat(line).isEqualTo(PipelineDemo.DONE);

      // Two epochs: 4 submission_received (3 + a requeue) and 1 rejection each.
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () -> {
                PrometheusScrape page = PrometheusScrape.fetch(port);
                assertThat(page.count("events_emitted_total", EventType.SUBMISSION_RECEIVED))
                    .isEqualTo(8);
                assertThat(page.count("events_published_total", EventType.SUBMISSION_RECEIVED))
                    .isEqualTo(8);
                assertThat(page.count("events_emitted_total", EventType.SUBMISSION_REJECTED))
                    .isEqualTo(2);
                assertThat(page.count("events_processed_total", EventType.EPOCH_STARTED))
                    .isEqualTo(2);
                assertThat(page.text())
                    .contains("agent_woven_methods ")
                    .contains("agent_binding_failures_total 0.0")
                    .contains("publisher_connected 1.0")
                    .contains("buffer_usage ");
              });
      services.getOutputStream().close();
      assertThat(services.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      services.destroyForcibly();
    }
  }
}
