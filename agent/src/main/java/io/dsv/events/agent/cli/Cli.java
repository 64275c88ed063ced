package io.dsv.events.agent.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The operator's command line, {@code java -jar dsv-events-agent.jar <command>}: {@code tail},
 * {@code attach}, {@code check}, {@code version}. Exit codes: 0 success, 1 the command found
 * problems or failed, 2 bad arguments.
 */
@Command(
    name = "java -jar dsv-events-agent.jar",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description = "The dsv-events agent's tools. Run a command with --help for its options.",
    subcommands = {
      TailCommand.class,
      AttachCommand.class,
      CheckCommand.class,
      VersionCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Cli implements Callable<Integer> {
  /** Exit code: the command found problems or could not do its job. */
  static final int FAILED = 1;

  /** Exit code: the arguments were wrong. */
  static final int BAD_ARGUMENTS = 2;

  private static Path agentJar;

  @Spec private CommandSpec spec;

  /** Picocli creates it. */
  public Cli() {}

  /**
   * Runs the command line; called by the agent jar's {@code main}.
   *
   * @param jar the agent jar the tool runs from (the one {@code attach} loads)
   * @param args the command line
   * @return the exit code
   */
  public static int run(Path jar, String[] args) {
    agentJar = jar;
    return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true))
        .execute(args);
  }

  /**
   * The command line with its output streams.
   *
   * @param out where results go
   * @param err where errors and usage go
   * @return the configured command line
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Cli());
    commandLine.setOut(out).setErr(err);
    commandLine.setExecutionExceptionHandler(
        (exception, line, parsed) -> {
          line.getErr().println(line.getColorScheme().errorText(String.valueOf(exception)));
          return FAILED;
        });
    return commandLine;
  }

  static Path agentJar() {
    return agentJar;
  }

  /** With no command: the usage, and the exit code for bad arguments. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("Missing command.");
    spec.commandLine().usage(spec.commandLine().getErr());
    return BAD_ARGUMENTS;
  }
}
