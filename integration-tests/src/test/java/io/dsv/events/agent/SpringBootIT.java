package io.dsv.events.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.EventJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spring Boot executable jar (classes and libraries nested under BOOT-INF, loaded by Boot's own
 * class loader) whose {@code @Service} beans carry {@code @EmitsEvent} and are wrapped in CGLIB
 * proxies: each call through a proxy emits its event once, not twice.
 */
@Timeout(180)
class SpringBootIT {
  private static final int CALLS = 5;

  @TempDir Path dir;

  @Test
  void annotatedBeansBehindCglibProxiesInANestedJarEmitOncePerCall() throws Exception {
    Path jar = Path.of(System.getProperty("dsv.spring.jar")).toAbsolutePath().normalize();
    Path log = dir.resolve("events.jsonl");
    Process app =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + ChildJvm.agentJar() + "=log=" + log,
                "-jar",
                jar.toString(),
                String.valueOf(CALLS))
            .start();
    var stdout = ProcessOutput.readAll(app.getInputStream());
    var stderr = ProcessOutput.readAll(app.getErrorStream());
    assertThat(app.waitFor(120, TimeUnit.SECONDS)).isTrue();
    System.out.println("[child] Spring Boot\n" + stdout.get() + stderr.get());

    assertThat(app.exitValue()).isZero();
    assertThat(stdout.get())
        .contains("validation bean: com.example.pipeline.ValidationService$$SpringCGLIB$$")
        .contains("epoch bean: com.example.pipeline.DefaultEpochService$$SpringCGLIB$$")
        .contains("DONE");
    assertThat(stderr.get()).doesNotContain("Problem:");
    List<Event> events = Files.readAllLines(log).stream().map(EventJson::read).toList();
    assertThat(events.stream().filter(e -> e.type() == EventType.SUBMISSION_VALIDATED))
        .hasSize(CALLS)
        .allSatisfy(e -> assertThat(e.component()).isEqualTo("validationservice"));
    assertThat(events.stream().filter(e -> e.type() == EventType.EPOCH_STARTED))
        .extracting(Event::epochId)
        .containsExactly("epoch_1", "epoch_2", "epoch_3", "epoch_4", "epoch_5");
    assertThat(events).hasSize(2 * CALLS);
  }
}
