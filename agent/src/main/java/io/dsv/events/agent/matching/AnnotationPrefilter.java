package io.dsv.events.agent.matching;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.pool.TypePool;

/**
 * Decides, before any parsing, whether a class can have anything to weave. A class whose bytes do
 * not mention {@code @EmitsEvent} is woven only if a supertype declares it (inheritance); its
 * supertypes are read from the class file header, and JDK supertypes are skipped at once, so the
 * common class costs one scan of its bytes.
 */
public final class AnnotationPrefilter {
  private static final byte[] DESCRIPTOR =
      "Lio/dsv/events/annotations/EmitsEvent".getBytes(StandardCharsets.US_ASCII);
  private static final int[] SKIP = skipTable();

  private final Map<ClassLoader, TypePool> pools = new WeakHashMap<>();
  private final Map<String, Boolean> annotatedHierarchies = new ConcurrentHashMap<>();

  /**
   * Whether a class may have methods to weave.
   *
   * @param loader its class loader ({@code null}: bootstrap)
   * @param bytes its class file
   * @return {@code true} when it is worth handing to Byte Buddy
   */
  public boolean mayWeave(ClassLoader loader, byte[] bytes) {
    if (mentionsAnnotation(bytes)) {
      return true;
    }
    ClassReader header = new ClassReader(bytes);
    if (inherits(loader, header.getSuperName())) {
      return true;
    }
    for (String anInterface : header.getInterfaces()) {
      if (inherits(loader, anInterface)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the bytes contain the annotation's type descriptor. A Boyer-Moore-Horspool search: it
   * skips up to the pattern's length at each step, so a typical class costs a few hundred byte
   * comparisons rather than one per byte.
   *
   * @param bytes a class file
   * @return {@code true} when {@code @EmitsEvent} or {@code @EmitsEvents} is named in it
   */
  public static boolean mentionsAnnotation(byte[] bytes) {
    int last = DESCRIPTOR.length - 1;
    for (int i = last; i < bytes.length; i += SKIP[bytes[i] & 0xff]) {
      int j = last;
      while (bytes[i - last + j] == DESCRIPTOR[j]) {
        if (j-- == 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static int[] skipTable() {
    int[] skip = new int[256];
    java.util.Arrays.fill(skip, DESCRIPTOR.length);
    for (int i = 0; i < DESCRIPTOR.length - 1; i++) {
      skip[DESCRIPTOR[i] & 0xff] = DESCRIPTOR.length - 1 - i;
    }
    return skip;
  }

  private boolean inherits(ClassLoader loader, String internalName) {
    if (internalName == null || ClassNameFilter.isPlatform(internalName)) {
      return false;
    }
    String key = System.identityHashCode(loader) + ":" + internalName;
    return annotatedHierarchies.computeIfAbsent(key, k -> describeHierarchy(loader, internalName));
  }

  private boolean describeHierarchy(ClassLoader loader, String internalName) {
    TypePool.Resolution resolution = pool(loader).describe(internalName.replace('/', '.'));
    if (!resolution.isResolved()) {
      return false;
    }
    java.util.ArrayDeque<TypeDefinition> queue = new java.util.ArrayDeque<>();
    queue.add(resolution.resolve());
    java.util.Set<String> seen = new java.util.HashSet<>();
    try {
      while (!queue.isEmpty()) {
        TypeDefinition type = queue.poll();
        TypeDescription erasure = type.asErasure();
        if (!seen.add(erasure.getName()) || ClassNameFilter.isPlatform(erasure.getInternalName())) {
          continue;
        }
        for (MethodDescription method : erasure.getDeclaredMethods()) {
          if (method.getDeclaredAnnotations().stream()
              .anyMatch(
                  a ->
                      a.getAnnotationType()
                          .getName()
                          .startsWith("io.dsv.events.annotations.EmitsEvent"))) {
            return true;
          }
        }
        if (type.getSuperClass() != null) {
          queue.add(type.getSuperClass());
        }
        type.getInterfaces().forEach(queue::add);
      }
    } catch (RuntimeException unresolvable) {
      return false; // a supertype we cannot read cannot be woven either
    }
    return false;
  }

  private synchronized TypePool pool(ClassLoader loader) {
    return pools.computeIfAbsent(
        loader,
        l ->
            TypePool.Default.WithLazyResolution.of(
                l == null
                    ? ClassFileLocator.ForClassLoader.ofBootLoader()
                    : ClassFileLocator.ForClassLoader.of(l)));
  }
}
