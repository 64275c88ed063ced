package io.dsv.events.agent;

import io.dsv.events.agent.matching.ClassNameFilter;
import io.dsv.events.runtime.messages.Messages;
import java.lang.annotation.Annotation;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When the agent is attached to a running JVM, classes loaded before it must be retransformed: this
 * finds those with {@code @EmitsEvent} methods, their own or inherited.
 */
final class LoadedClasses {
  private static final String ANNOTATION_PREFIX = "io.dsv.events.annotations.EmitsEvent";

  private LoadedClasses() {}

  static void retransformCandidates(Instrumentation instrumentation, ClassNameFilter names) {
    List<Class<?>> candidates = new ArrayList<>();
    for (Class<?> type : instrumentation.getAllLoadedClasses()) {
      if (instrumentation.isModifiableClass(type)
          && !type.isInterface()
          && names.accepts(type.getName().replace('.', '/'))
          && hasAnnotatedMethods(type)) {
        candidates.add(type);
      }
    }
    for (Class<?> type : candidates) {
      try {
        instrumentation.retransformClasses(type);
      } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
        AgentLog.problem(Messages.weavingFailed(type.getName(), String.valueOf(e)));
      }
    }
  }

  private static boolean hasAnnotatedMethods(Class<?> type) {
    ArrayDeque<Class<?>> queue = new ArrayDeque<>();
    queue.add(type);
    Set<Class<?>> seen = new HashSet<>();
    try {
      while (!queue.isEmpty()) {
        Class<?> next = queue.poll();
        if (next == Object.class || !seen.add(next)) {
          continue;
        }
        for (Method method : next.getDeclaredMethods()) {
          for (Annotation annotation : method.getDeclaredAnnotations()) {
            if (annotation.annotationType().getName().startsWith(ANNOTATION_PREFIX)) {
              return true;
            }
          }
        }
        if (next.getSuperclass() != null) {
          queue.add(next.getSuperclass());
        }
        queue.addAll(List.of(next.getInterfaces()));
      }
    } catch (LinkageError e) {
      return false;
    }
    return false;
  }
}
