package io.dsv.events.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The built agent jar's command line, {@code java -jar dsv-events-agent.jar ...}, as a process. */
final class AgentCli {
  private AgentCli() {}

  /** A finished command. */
  record Result(int exitCode, String stdout, String stderr) {}

  static Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(ChildJvm.agentJar().toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  static Result run(String... args) throws Exception {
    return finish(start(args));
  }

  static Result finish(Process process) throws Exception {
    CompletableFuture<String> out = ProcessOutput.readAll(process.getInputStream());
    CompletableFuture<String> err = ProcessOutput.readAll(process.getErrorStream());
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the CLI did not finish in 60 s");
    }
    return new Result(process.exitValue(), out.get(), err.get());
  }
}
