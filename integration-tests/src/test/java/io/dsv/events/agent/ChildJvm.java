package io.dsv.events.agent;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.demo.SampleApp;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real child JVM running one of the sample applications, with or without the built agent jar, its
 * class path only the application's classes and the annotations jar (plus what a test adds).
 */
final class ChildJvm {
  private final List<String> command = new ArrayList<>();
  private final List<String> classPath = new ArrayList<>();
  private String agentArguments;
  private boolean withAgent;
  private final List<String> jvmOptions = new ArrayList<>();
  private final java.util.Map<String, String> environment = new java.util.HashMap<>();

  private ChildJvm() {
    classPath.add(location(SampleApp.class));
    classPath.add(location(EmitsEvent.class));
  }

  static ChildJvm java() {
    return new ChildJvm();
  }

  /** The agent jar the build made. */
  static Path agentJar() {
    return Path.of(System.getProperty("dsv.agent.jar", "../agent/target/dsv-events-agent.jar"))
        .toAbsolutePath()
        .normalize();
  }

  ChildJvm agent(String arguments) {
    withAgent = true;
    agentArguments = arguments;
    return this;
  }

  ChildJvm option(String option) {
    jvmOptions.add(option);
    return this;
  }

  ChildJvm env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  ChildJvm classPath(Path entry) {
    classPath.add(0, entry.toString());
    return this;
  }

  /** The result of a finished run. */
  record Result(int exitCode, String stdout, String stderr) {
    List<String> stdoutLines() {
      return stdout.lines().toList();
    }
  }

  Process start(Class<?> main, String... args) throws IOException {
    command.clear();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    if (withAgent) {
      command.add(
          "-javaagent:" + agentJar() + (agentArguments == null ? "" : "=" + agentArguments));
    }
    command.add("-cp");
    command.add(String.join(File.pathSeparator, classPath));
    command.add(main.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    return builder.start();
  }

  Result run(Class<?> main, String... args) throws Exception {
    Process process = start(main, args);
    Path out = Files.createTempFile("child-out", ".txt");
    Path err = Files.createTempFile("child-err", ".txt");
    Thread stdout = copy(process.getInputStream(), out);
    Thread stderr = copy(process.getErrorStream(), err);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("child JVM did not finish in 120 s: " + command);
    }
    stdout.join();
    stderr.join();
    Result result =
        new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    System.out.println(
        "[child] " + main.getSimpleName() + " exit=" + result.exitCode() + "\n" + result.stderr());
    return result;
  }

  private static Thread copy(java.io.InputStream in, Path to) {
    Thread thread =
        new Thread(
            () -> {
              try (in) {
                Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    thread.start();
    return thread;
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
