package io.dsv.events.agent;

import io.dsv.events.agent.advice.EmitsEventAdvice;
import io.dsv.events.agent.advice.EmitsEventExitAdvice;
import io.dsv.events.agent.advice.EmitsEventExitNoArgsAdvice;
import io.dsv.events.agent.advice.EmitsEventNoArgsAdvice;
import io.dsv.events.agent.advice.PlanId;
import io.dsv.events.agent.advice.PlanIdMapping;
import io.dsv.events.agent.advice.PlanRegistry;
import io.dsv.events.agent.advice.ResultIfRead;
import io.dsv.events.agent.advice.ResultMapping;
import io.dsv.events.agent.binding.EventPlan;
import io.dsv.events.agent.binding.PlanCompiler;
import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.config.Settings;
import io.dsv.events.runtime.messages.Messages;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.matcher.ElementMatchers;
import net.bytebuddy.pool.TypePool;

/**
 * Weaves one candidate class: compiles the plans of its methods and inlines the advice into those
 * that have one, leaving the class's shape untouched (so it also works for retransformation). Byte
 * Buddy's {@code decorate} is used directly rather than its {@code AgentBuilder}, which would cost
 * hundreds of milliseconds more at start for features the agent does not use.
 */
final class Weaver implements ClassFileTransformer {
  private final PlanCompiler compiler;
  private final PlanRegistry plans;
  private final PlanIdMapping planIds = new PlanIdMapping();
  private final ResultMapping results = new ResultMapping();
  private final Advice withArguments;
  private final Advice withoutArguments;
  private final Advice atExitWithArguments;
  private final Advice atExitWithoutArguments;
  private final ByteBuddy byteBuddy = new ByteBuddy().with(TypeValidation.DISABLED);
  // The JDK's types (supertypes, the types expressions read) are parsed once, not per woven class.
  private final TypePool jdkTypes =
      TypePool.Default.of(ClassFileLocator.ForClassLoader.ofBootLoader());

  Weaver(DsvEventsConfig config, PlanRegistry plans) {
    this.compiler = new PlanCompiler(config.get(Settings.TYPES), config.get(Settings.COMPONENT));
    this.plans = plans;
    Advice.WithCustomMapping mapping =
        Advice.withCustomMapping().bind(PlanId.class, planIds).bind(ResultIfRead.class, results);
    this.withArguments = mapping.to(EmitsEventAdvice.class);
    this.withoutArguments = mapping.to(EmitsEventNoArgsAdvice.class);
    this.atExitWithArguments = mapping.to(EmitsEventExitAdvice.class);
    this.atExitWithoutArguments = mapping.to(EmitsEventExitNoArgsAdvice.class);
  }

  @Override
  public byte[] transform(
      ClassLoader loader,
      String internalName,
      Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain,
      byte[] bytes) {
    String name = internalName.replace('/', '.');
    try {
      ClassFileLocator locator =
          new ClassFileLocator.Compound(ClassFileLocator.Simple.of(name, bytes), locator(loader));
      TypePool pool =
          new TypePool.Default(
              new TypePool.CacheProvider.Simple(),
              locator,
              TypePool.Default.ReaderMode.FAST,
              jdkTypes);
      TypeDescription type = pool.describe(name).resolve();
      DynamicType.Builder<?> builder = byteBuddy.decorate(type, locator);
      boolean woven = false;
      for (MethodDescription.InDefinedShape method : type.getDeclaredMethods()) {
        if (method.isAbstract()
            || method.isNative()
            || method.isBridge()
            || method.isSynthetic()
            || method.isConstructor()
            || method.isTypeInitializer()) {
          continue;
        }
        PlanCompiler.Result result = compiler.compile(type, method);
        result.problems().forEach(AgentLog::problem);
        if (result.plan() != null) {
          planIds.assign(type, method, plans.register(result.plan()));
          if (result.plan().readsResult()) {
            results.passResultOf(type, method);
          }
          builder =
              builder.visit(adviceFor(type, method, result.plan()).on(ElementMatchers.is(method)));
          woven = true;
        }
      }
      return woven ? builder.make().getBytes() : null;
    } catch (RuntimeException | LinkageError e) {
      AgentLog.problem(Messages.weavingFailed(name, String.valueOf(e)));
      return null;
    }
  }

  /**
   * Entry advice only where a call needs it: {@code ENTRY} events, {@code elapsedMs}, or a woven
   * method it overrides (see {@link PlanCompiler#overridesWovenMethod}); otherwise a call goes into
   * the agent once, at exit. Arguments are copied only for plans that read them.
   */
  private Advice adviceFor(TypeDescription type, MethodDescription method, EventPlan plan) {
    boolean atEntry =
        plan.atEntry().length > 0
            || plan.usesElapsed()
            || PlanCompiler.overridesWovenMethod(type, method);
    if (atEntry) {
      return plan.usesArguments() ? withArguments : withoutArguments;
    }
    return plan.usesArguments() ? atExitWithArguments : atExitWithoutArguments;
  }

  private static ClassFileLocator locator(ClassLoader loader) {
    return loader == null
        ? ClassFileLocator.ForClassLoader.ofBootLoader()
        : ClassFileLocator.ForClassLoader.of(loader);
  }
}
