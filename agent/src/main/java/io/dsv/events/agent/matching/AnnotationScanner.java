package io.dsv.events.agent.matching;

import io.dsv.events.agent.binding.PlanCompiler;
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
   * Scans class path entries (folders of classes and jars).
   *
   * @param entries the entries
   * @return every problem, one message each
   * @throws IOException when an entry cannot be read
   */
  public List<String> scan(List<Path> entries) throws IOException {
    List<ClassFileLocator> locators = new ArrayList<>();
    for (Path entry : entries) {
      locators.add(
          Files.isDirectory(entry)
              ? new ClassFileLocator.ForFolder(entry.toFile())
              : ClassFileLocator.ForJarFile.of(entry.toFile()));
    }
    locators.add(ClassFileLocator.ForClassLoader.ofPlatformLoader());
    ClassFileLocator locator = new ClassFileLocator.Compound(locators);
    TypePool pool = TypePool.Default.of(locator);
    List<String> problems = new ArrayList<>();
    for (Path entry : entries) {
      for (String className : annotatedClasses(entry)) {
        TypeDescription type = pool.describe(className).resolve();
        for (MethodDescription.InDefinedShape method : type.getDeclaredMethods()) {
          problems.addAll(compiler.compile(type, method).problems());
        }
      }
    }
    return problems;
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
