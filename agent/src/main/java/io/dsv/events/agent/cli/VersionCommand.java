package io.dsv.events.agent.cli;

import io.dsv.events.agent.AgentVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code version}: the agent's version and the Java it runs on. */
@Command(
    name = "version",
    mixinStandardHelpOptions = true,
    description = "Print the agent's version and the Java it runs on.")
final class VersionCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    for (String line : new Provider().getVersion()) {
      spec.commandLine().getOut().println(line);
    }
  }

  /** The version lines, shared by {@code version} and {@code --version}. */
  static final class Provider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "dsv-events-agent " + AgentVersion.get(),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")"
      };
    }
  }
}
