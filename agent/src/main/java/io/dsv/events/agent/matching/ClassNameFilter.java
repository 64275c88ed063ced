package io.dsv.events.agent.matching;

import java.util.List;

/**
 * Which classes the agent may look at, by name: never the JDK's, the agent's own, or generated
 * proxies; then {@code dsv.events.include} and {@code dsv.events.exclude}.
 */
public final class ClassNameFilter {
  private static final List<String> NEVER =
      List.of(
          "java/",
          "javax/",
          "jdk/",
          "sun/",
          "com/sun/",
          "io/dsv/events/agent/",
          "io/dsv/events/runtime/",
          "io/dsv/events/annotations/",
          "io/dsv/events/shaded/",
          "net/bytebuddy/");

  private final List<String> include;
  private final List<String> exclude;

  /**
   * @param include class-name prefixes to weave (dotted); empty: all
   * @param exclude class-name prefixes never to weave (dotted)
   */
  public ClassNameFilter(List<String> include, List<String> exclude) {
    this.include = include.stream().map(p -> p.replace('.', '/')).toList();
    this.exclude = exclude.stream().map(p -> p.replace('.', '/')).toList();
  }

  /**
   * Whether a class may be woven.
   *
   * @param internalName e.g. {@code com/acme/Dequeuer}
   * @return {@code true} to look further
   */
  public boolean accepts(String internalName) {
    if (internalName == null || internalName.contains("$$")) {
      return false; // unnamed, or generated (CGLIB, Byte Buddy, lambdas' hidden classes)
    }
    for (String prefix : NEVER) {
      if (internalName.startsWith(prefix)) {
        return false;
      }
    }
    for (String prefix : exclude) {
      if (internalName.startsWith(prefix)) {
        return false;
      }
    }
    if (include.isEmpty()) {
      return true;
    }
    for (String prefix : include) {
      if (internalName.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a supertype is one the JDK owns, so cannot carry {@code @EmitsEvent}.
   *
   * @param internalName e.g. {@code java/lang/Object}
   * @return {@code true} for JDK types
   */
  static boolean isPlatform(String internalName) {
    return internalName.startsWith("java/")
        || internalName.startsWith("javax/")
        || internalName.startsWith("jdk/")
        || internalName.startsWith("sun/");
  }
}
