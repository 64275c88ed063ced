package io.dsv.events.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dsv.events.annotations.EventType;
import io.dsv.events.demo.PipelineDemo;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.EventJson;
import io.dsv.events.runtime.testing.Prefixes;
import io.dsv.events.runtime.testing.RedisServers;
import io.dsv.events.samples.LongRunningApp;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code java -jar dsv-events-agent.jar ...}: every command, against real JVMs and Redis. */
@Timeout(180)
class CliIT {
  /** One epoch of the demo services emits this many events. */
  private static final int EVENTS_PER_EPOCH = 29;

  @TempDir Path dir;

  private final String redis = RedisServers.shared();
  private final String prefix = Prefixes.unique();

  @Test
  void versionNamesTheAgentAndTheJava() throws Exception {
    AgentCli.Result version = AgentCli.run("version");

    assertThat(version.exitCode()).isZero();
    assertThat(version.stdout())
        .startsWith("dsv-events-agent 0.1.0-SNAPSHOT")
        .contains("Java " + System.getProperty("java.version"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tail", "attach", "check", "version"})
  void everyCommandHasHelp(String command) throws Exception {
    AgentCli.Result help = AgentCli.run(command, "--help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.stdout()).startsWith("Usage: java -jar dsv-events-agent.jar " + command);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|Missing command.",
        "frobnicate|Unmatched argument at index 0: 'frobnicate'",
        "tail --types bogus|Invalid value for option '--types': 'bogus'; expected a comma-separated"
            + " list of event types: epoch_started,",
        "tail --redis localhost:6379|Invalid value for option '--redis': 'localhost:6379';"
            + " expected a Redis URI such as redis://host:6379",
        "tail --count 0|Invalid value for option '--count': '0' is not a number from 1.",
        "tail --count many|Invalid value for option '--count': 'many' is not a long",
        "tail --follow|Unknown option: '--follow'",
        "attach|Missing required parameter: '<pid>' (or --list).",
        "attach abc|Invalid value for parameter '<pid>': 'abc' is not a process id.",
        "attach 1 batch.size=-1|Invalid <settings>: Invalid agent argument batch.size='-1': expected"
            + " a whole number from 1",
        "attach 1 colour=blue|Invalid <settings>: Unknown agent argument 'colour'",
        "check|Missing required parameter: '<jar|classes dir>'",
        "check /no/such/dir|Invalid value for <jar|classes dir>: '/no/such/dir' is not a jar or a"
            + " folder of classes.",
        "check . --types nope|Invalid value for option '--types': 'nope'; expected"
      })
  void badArgumentsGetAClearMessageAndExitCode2(String arguments, String message) throws Exception {
    String[] args = arguments.isEmpty() ? new String[0] : arguments.split(" ");
    AgentCli.Result result = AgentCli.run(args);

    assertThat(result.exitCode()).as(result.stderr()).isEqualTo(2);
    assertThat(result.stderr()).contains(message);
  }

  @Test
  void tailPrintsTheEventsOfADemoRunAsLinesOrJson() throws Exception {
    Process lines = startTail("--prefix", prefix, "--count", String.valueOf(EVENTS_PER_EPOCH));
    Process rejections =
        startTail(
            "--prefix",
            prefix,
            "--json",
            "--types",
            "submission_validated,submission_rejected",
            "--component",
            "dequeuer",
            "--count",
            "3");

    ChildJvm.Result demo =
        ChildJvm.java()
            .agent("redis.uri=" + redis + ",channel.prefix=" + prefix + ",flush.interval=100ms")
            .run(PipelineDemo.class, "1", "0");
    assertThat(demo.exitCode()).isZero();

    AgentCli.Result printed = AgentCli.finish(lines);
    assertThat(printed.exitCode()).as(printed.stderr()).isZero();
    List<String> output = printed.stdout().lines().toList();
    assertThat(output).hasSize(EVENTS_PER_EPOCH);
    assertThat(output)
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARNING submission_rejected .*")
                    .contains(" dequeuer epoch=epoch_1 submission_id=sub_1_3")
                    .contains("reason=invalid signature error=\"validation failed\"")
                    .doesNotContain("\u001B"));
    assertThat(printed.stderr()).contains(EVENTS_PER_EPOCH + " events shown");

    AgentCli.Result json = AgentCli.finish(rejections);
    assertThat(json.exitCode()).isZero();
    List<Event> events = json.stdout().lines().map(EventJson::read).toList();
    assertThat(events)
        .extracting(Event::type)
        .containsExactlyInAnyOrder(
            EventType.SUBMISSION_VALIDATED,
            EventType.SUBMISSION_VALIDATED,
            EventType.SUBMISSION_REJECTED);
  }

  @Test
  void tailSaysClearlyWhenRedisCannotBeReached() throws Exception {
    AgentCli.Result result =
        AgentCli.run("tail", "--redis", "redis://user:s3cret@127.0.0.1:1", "--count", "1");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr())
        .contains("Cannot read events from Redis at redis://user:***@127.0.0.1:1")
        .doesNotContain("s3cret");
  }

  @Test
  void attachLoadsTheAgentIntoARunningJvmThatThenEmits() throws Exception {
    Path stop = dir.resolve("stop");
    Path log = dir.resolve("events.jsonl");
    Process app = ChildJvm.java().start(LongRunningApp.class, stop.toString());
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("READY");

      AgentCli.Result list = AgentCli.run("attach", "--list");
      assertThat(list.stdout()).contains(app.pid() + "\t" + LongRunningApp.class.getName());

      AgentCli.Result attach = AgentCli.run("attach", String.valueOf(app.pid()), "log=" + log);
      assertThat(attach.exitCode()).as(attach.stderr()).isZero();
      assertThat(attach.stdout()).contains("Loaded the dsv-events agent into JVM " + app.pid());

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> Files.exists(log) && Files.readAllLines(log).size() >= 3);
      Files.writeString(stop, "stop");
      assertThat(app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(Files.readAllLines(log))
          .allSatisfy(
              line -> assertThat(EventJson.read(line).type()).isEqualTo(EventType.EPOCH_STARTED));
    } finally {
      app.destroyForcibly();
    }
  }

  @Test
  void attachToAMissingJvmFailsClearly() throws Exception {
    AgentCli.Result result = AgentCli.run("attach", "999999999");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr()).contains("Cannot attach to JVM 999999999");
  }

  @Test
  void checkFindsTheSeededAnnotationErrors() throws Exception {
    Path broken = jarOf("io/dsv/events/");

    AgentCli.Result check = AgentCli.run("check", broken.toString());

    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.stdout().lines())
        .hasSize(8)
        .allSatisfy(line -> assertThat(line).startsWith("io.dsv.events.samples.BrokenAnnotations#"))
        .anySatisfy(line -> assertThat(line).contains("unknown payload field 'epoch'"))
        .anySatisfy(line -> assertThat(line).contains("'result' is not available at ENTRY"));
    assertThat(check.stderr()).contains("FAILED: 8 problem(s)");
  }

  @Test
  void checkPassesTheCleanDemoServices() throws Exception {
    Path demo = jarOf("io/dsv/events/demo/");

    AgentCli.Result check = AgentCli.run("check", demo.toString());

    assertThat(check.exitCode()).as(check.stdout() + check.stderr()).isZero();
    assertThat(check.stdout())
        .matches("OK: 0 problem\\(s\\) in \\d+ annotated method\\(s\\) of \\d+ class\\(es\\)\\R");
  }

  @Test
  void checkNamesAMissingDependencyAndResolvesItFromTheClasspath() throws Exception {
    Path dequeuer = jarOf("io/dsv/events/demo/dequeuer/");
    Path model = jarOf("io/dsv/events/demo/model/");

    AgentCli.Result alone = AgentCli.run("check", dequeuer.toString());
    AgentCli.Result withModel =
        AgentCli.run("check", dequeuer.toString(), "--classpath", model.toString());

    assertThat(alone.exitCode()).isEqualTo(1);
    assertThat(alone.stdout())
        .contains("io.dsv.events.demo.model")
        .contains("Add the jars it depends on with --classpath.");
    assertThat(withModel.exitCode()).as(withModel.stdout()).isZero();
  }

  private Process startTail(String... options) throws Exception {
    String[] args =
        Stream.concat(Stream.of("tail", "--redis", redis), Stream.of(options))
            .toArray(String[]::new);
    Process tail = AgentCli.start(args);
    // The tail is subscribed once it says so; only then may the demo publish.
    BufferedReader err =
        new BufferedReader(new InputStreamReader(tail.getErrorStream(), StandardCharsets.UTF_8));
    assertThat(err.readLine()).startsWith("Reading events from " + redis);
    return tail;
  }

  /**
   * A jar of the compiled classes under one path prefix of the integration tests' main code (a
   * folder or, under failsafe, a jar).
   */
  private Path jarOf(String pathPrefix) throws Exception {
    Path location =
        Path.of(PipelineDemo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path jar = Files.createTempFile(dir, "check", ".jar");
    try (FileSystem zip = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
        OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> files = Files.walk(zip == null ? location : zip.getPath("/"))) {
      Path classes = zip == null ? location : zip.getPath("/");
      for (Path path : files.filter(Files::isRegularFile).toList()) {
        String name = classes.relativize(path).toString().replace('\\', '/');
        if (name.startsWith(pathPrefix)) {
          out.putNextEntry(new JarEntry(name));
          out.write(Files.readAllBytes(path));
          out.closeEntry();
        }
      }
    }
    return jar;
  }
}
