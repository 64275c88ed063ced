package io.dsv.events.agent.cli;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;
import io.dsv.events.runtime.config.ConfigSource;
import io.dsv.events.runtime.config.DsvEventsConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attach}: loads the agent into a running JVM, or lists the JVMs it could attach to. */
@Command(
    name = "attach",
    mixinStandardHelpOptions = true,
    description = {
      "Load the agent into a running JVM of the same user; classes it has loaded already are"
          + " woven too. The agent's start-up line appears in that JVM's standard error.",
      "Example: attach 12345 redis.uri=redis://localhost:6379,component=dequeuer"
    })
final class AttachCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--list", description = "List the JVMs this user can attach to.")
  private boolean list;

  @Parameters(index = "0", arity = "0..1", paramLabel = "<pid>", description = "The JVM's pid.")
  private String pid;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "<settings>",
      description = "Agent settings, as after -javaagent:...=, e.g. redis.uri=redis://host:6379")
  private String settings;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      for (VirtualMachineDescriptor jvm : VirtualMachine.list()) {
        out.println(jvm.id() + "\t" + jvm.displayName());
      }
      return 0;
    }
    checkArguments();
    try {
      VirtualMachine jvm = VirtualMachine.attach(pid);
      try {
        jvm.loadAgent(Cli.agentJar().toString(), settings);
      } finally {
        jvm.detach();
      }
    } catch (AttachNotSupportedException | IOException e) {
      spec.commandLine()
          .getErr()
          .println(
              "Cannot attach to JVM "
                  + pid
                  + ": "
                  + e.getMessage()
                  + ". Is it running as this user? 'attach --list' shows the JVMs you can attach"
                  + " to.");
      return Cli.FAILED;
    } catch (AgentLoadException | AgentInitializationException e) {
      spec.commandLine()
          .getErr()
          .println("JVM " + pid + " could not start the agent: " + e.getMessage());
      return Cli.FAILED;
    }
    out.println(
        "Loaded the dsv-events agent into JVM "
            + pid
            + "; its start-up line appears in that JVM's standard error.");
    return 0;
  }

  private void checkArguments() {
    if (pid == null) {
      throw bad("Missing required parameter: '<pid>' (or --list).");
    }
    if (!pid.matches("\\d+")) {
      throw bad("Invalid value for parameter '<pid>': '" + pid + "' is not a process id.");
    }
    if (Cli.agentJar() == null) {
      throw bad("attach must be run from the agent jar: java -jar dsv-events-agent.jar attach");
    }
    if (settings != null) {
      List<String> problems =
          DsvEventsConfig.load(List.of(ConfigSource.agentArguments(settings))).problems();
      if (!problems.isEmpty()) {
        throw bad("Invalid <settings>: " + String.join(" ", problems));
      }
    }
  }

  private CommandLine.ParameterException bad(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
