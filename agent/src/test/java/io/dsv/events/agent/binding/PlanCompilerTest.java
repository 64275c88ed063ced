package io.dsv.events.agent.binding;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EventType;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatchers;
import org.junit.jupiter.api.Test;

/** When a woven method must note its calls at entry: only when it overrides a woven method. */
class PlanCompilerTest {

  interface Queue {
    @EmitsEvent(type = EventType.QUEUE_DEPTH_CHANGED)
    long depth();
  }

  static class MemoryQueue implements Queue {
    @Override
    public long depth() {
      return 1;
    }
  }

  static class BoundedQueue extends MemoryQueue {
    @Override
    public long depth() {
      return super.depth();
    }
  }

  static class Plain {
    public long depth() {
      return 0;
    }
  }

  static class AnnotatedOverride extends Plain {
    @Override
    @EmitsEvent(type = EventType.QUEUE_DEPTH_CHANGED)
    public long depth() {
      return 2;
    }
  }

  static class Base {
    @EmitsEvent(type = EventType.EPOCH_STARTED)
    public void start() {}

    @EmitsEvent(type = EventType.EPOCH_STARTED)
    public static void startAll() {}
  }

  static class Derived extends Base {
    @Override
    public void start() {}

    public static void startAll() {}
  }

  @Test
  void implementingAnAnnotatedInterfaceMethodOverridesNothingWoven() {
    assertThat(overridesWoven(MemoryQueue.class, "depth")).isFalse();
  }

  @Test
  void overridingAMethodThatInheritsTheAnnotationOverridesAWovenOne() {
    assertThat(overridesWoven(BoundedQueue.class, "depth")).isTrue();
  }

  @Test
  void overridingAPlainMethodOverridesNothingWoven() {
    assertThat(overridesWoven(AnnotatedOverride.class, "depth")).isFalse();
  }

  @Test
  void overridingAnAnnotatedSuperclassMethodOverridesAWovenOne() {
    assertThat(overridesWoven(Derived.class, "start")).isTrue();
  }

  @Test
  void staticMethodsOverrideNothing() {
    assertThat(overridesWoven(Derived.class, "startAll")).isFalse();
  }

  private static boolean overridesWoven(Class<?> type, String method) {
    TypeDescription description = TypeDescription.ForLoadedType.of(type);
    MethodDescription declared =
        description.getDeclaredMethods().filter(ElementMatchers.named(method)).getOnly();
    return PlanCompiler.overridesWovenMethod(description, declared);
  }
}
