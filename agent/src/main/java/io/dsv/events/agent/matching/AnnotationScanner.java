package io.dsv.events.agent.matching;

import io.dsv.events.agent.binding.PlanCompiler;
import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.runtime.messages.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;

/**
 * Reads class files without loading them and reports every {@code @EmitsEvent} problem the agent
 * would report when weaving them: for {@code dsv.events.strict=true} at start, and for checks
 * before deployment.
 */
public final class AnnotationScanner {
  private final PlanCompiler compiler;

  /**
   * @param compiler compiles plans exactly as the agent will
   */
  public AnnotationScanner(PlanCompiler compiler) {
    this.compiler = compiler;
  }

  /**
   * What a scan found.
   *
   * @param classes classes that mention {@code @EmitsEvent}
   * @param methods methods that would be woven (or would be, but for their problems)
   * @param problems every problem, one message each
   */
  public record Report(int classes, int methods, List<String> problems) {}

  /**
   * Scans class path entries (folders of classes and jars).
   *
   * @param entries the entries
   * @return every problem, one message each
   * @throws IOException when an entry cannot be read
   */
  public List<String> scan(List<Path> entries) throws IOException {
    return scan(entries, List.of()).problems();
  }

  /**
   * Scans folders of classes and jars, resolving the types their annotations refer to in them, in
   * {@code dependencies} and in the JDK.
   *
   * @param targets the entries whose classes are checked
   * @param dependencies further entries, read only to resolve types
   * @return what was found
   * @throws IOException when an entry cannot be read
   */
  public Report scan(List<Path> targets, List<Path> dependencies) throws IOException {
    List<ClassFileLocator> locators = new ArrayList<>();
    for (Path entry : concat(targets, dependencies)) {
      locators.add(
          Files.isDirectory(entry)
              ? new ClassFileLocator.ForFolder(entry.toFile())
              : ClassFileLocator.ForJarFile.of(entry.toFile()));
    }
    locators.add(ClassFileLocator.ForClassLoader.of(EmitsEvent.class.getClassLoader()));
    locators.add(ClassFileLocator.ForClassLoader.ofPlatformLoader());
    TypePool pool = TypePool.Default.of(new ClassFileLocator.Compound(locators));
    List<String> problems = new ArrayList<>();
    int classes = 0;
    int methods = 0;
    for (Path entry : targets) {
      for (String className : annotatedClasses(entry)) {
        classes++;
        TypeDescription type = pool.describe(className).resolve();
        for (MethodDescription.InDefinedShape method : type.getDeclaredMethods()) {
          try {
            PlanCompiler.Result result = compiler.compile(type, method);
            methods += result.plan() != null || !result.problems().isEmpty() ? 1 : 0;
            problems.addAll(result.problems());
          } catch (IllegalStateException e) { // Byte Buddy: a type it uses is not on the path
            problems.add(
                Messages.methodNotCheckable(className + "#" + method.getName(), e.getMessage()));
          }
        }
      }
    }
    return new Report(classes, methods, problems);
  }

  private static List<Path> concat(List<Path> first, List<Path> second) {
    List<Path> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  private static List<String> annotatedClasses(Path entry) throws IOException {
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(entry)) {
      try (Stream<Path> files = Files.walk(entry)) {
        for (Path file :
            (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
          if (AnnotationPrefilter.mentionsAnnotation(Files.readAllBytes(file))) {
            names.add(className(entry.relativize(file).toString().replace('\\', '/')));
          }
        }
      }
    } else if (Files.isRegularFile(entry)) {
      try (JarFile jar = new JarFile(entry.toFile())) {
        for (JarEntry file : java.util.Collections.list(jar.entries())) {
          if (file.getName().endsWith(".class") && !file.getName().contains("module-info")) {
            try (InputStream in = jar.getInputStream(file)) {
              if (AnnotationPrefilter.mentionsAnnotation(in.readAllBytes())) {
                names.add(className(file.getName()));
              }
            }
          }
        }
      }
    }
    return names;
  }

  private static String className(String path) {
    String name = path.substring(0, path.length() - ".class".length()).replace('/', '.');
    return name.startsWith("META-INF.versions.")
        ? name.replaceFirst("META-INF\\.versions\\.\\d+\\.", "")
        : name;
  }
}
