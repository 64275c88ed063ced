package io.dsv.events.agent.cli;

import io.dsv.events.agent.binding.PlanCompiler;
import io.dsv.events.agent.matching.AnnotationScanner;
import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.config.Settings;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check}: reports every {@code @EmitsEvent} problem in jars or class folders. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Read classes without running them and report every @EmitsEvent problem the agent would"
          + " report at start. Exit code 1 when there is any, so a build can fail before"
          + " deployment.",
      "Example: check target/classes --classpath target/lib/model.jar"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "<jar|classes dir>",
      description = "Jars and class folders to check.")
  private List<Path> targets;

  @Option(
      names = {"--classpath", "-cp"},
      paramLabel = "PATH",
      description =
          "Jars and folders the checked classes depend on (read to resolve types, not checked),"
              + " separated by '${sys:path.separator}'.")
  private String classpath;

  @Option(
      names = "--types",
      paramLabel = "a,b",
      description = "As dsv.events.types: annotations of other types are not checked.")
  private String types;

  @Override
  public Integer call() throws IOException {
    List<Path> dependencies = existing(splitPath(classpath), "--classpath");
    existing(targets, "<jar|classes dir>");
    Set<EventType> checked =
        types == null
            ? Settings.TYPES.defaultValue()
            : SettingOption.parse(spec, Settings.TYPES, "--types", types);
    AnnotationScanner.Report report =
        new AnnotationScanner(new PlanCompiler(checked, "")).scan(targets, dependencies);
    PrintWriter out = spec.commandLine().getOut();
    report.problems().forEach(out::println);
    String summary =
        report.problems().size()
            + " problem(s) in "
            + report.methods()
            + " annotated method(s) of "
            + report.classes()
            + " class(es)";
    if (report.problems().isEmpty()) {
      out.println("OK: " + summary);
      return 0;
    }
    spec.commandLine().getErr().println("FAILED: " + summary);
    return Cli.FAILED;
  }

  private List<Path> existing(List<Path> paths, String what) {
    for (Path path : paths) {
      if (!Files.isDirectory(path)
          && !(Files.isRegularFile(path) && path.toString().endsWith(".jar"))) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "Invalid value for " + what + ": '" + path + "' is not a jar or a folder of classes.");
      }
    }
    return paths;
  }

  private static List<Path> splitPath(String path) {
    List<Path> entries = new ArrayList<>();
    if (path != null) {
      for (String entry : path.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          entries.add(Path.of(entry));
        }
      }
    }
    return entries;
  }
}
