package io.dsv.events.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsv.events.demo.PipelineDemo;
import io.dsv.events.demo.PrometheusScrape;
import io.dsv.events.runtime.testing.OwnRedisServer;
import io.dsv.events.runtime.testing.Prefixes;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Redis password given in agent arguments, a system property or the environment appears in no
 * line the agent writes (start-up, outage, refusal, metrics) and in no meter of its Prometheus
 * page, whether the password is right or wrong.
 */
@Timeout(120)
class SecretsIT {
  private static final String RIGHT = "Right-S3cret-pw";
  private static final String WRONG = "Wrong-S3cret-pw";

  @ParameterizedTest
  @ValueSource(strings = {"agent argument", "system property", "environment variable"})
  void noPasswordInAnyOutputWhereverItIsGiven(String where) throws Exception {
    try (OwnRedisServer server = OwnRedisServer.create().start("--requirepass", RIGHT)) {
      for (String password : new String[] {RIGHT, WRONG}) {
        String uri = server.uri(null, password);
        int port = FreePort.find();
        String settings =
            "channel.prefix="
                + Prefixes.unique()
                + ",metrics.prometheus.port="
                + port
                + ",metrics.log.interval=200ms";
        ChildJvm child = ChildJvm.java();
        switch (where) {
          case "agent argument" -> child.agent(settings + ",redis.uri=" + uri);
          case "system property" -> child.agent(settings).option("-Ddsv.events.redis.uri=" + uri);
          default -> child.agent(settings).env("DSV_EVENTS_REDIS_URI", uri);
        }
        Process app = child.start(PipelineDemo.class, "1", "0", "--wait-for-stop");
        CompletableFuture<String> stderr = ProcessOutput.readAll(app.getErrorStream());
        BufferedReader out =
            new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder stdout = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          stdout.append(line).append('\n');
          if (line.equals(PipelineDemo.DONE)) {
            break;
          }
        }
        String page = PrometheusScrape.fetch(port).text();
        app.getOutputStream().close();
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String errors = stderr.get();
        System.out.println("[child] " + where + "\n" + errors);

        assertThat(errors).contains("redis://:***@127.0.0.1:" + server.port());
        if (password.equals(WRONG)) {
          assertThat(errors).contains("refused the credentials");
        }
        assertThat(errors + stdout + page).doesNotContain(password);
      }
    }
  }
}
