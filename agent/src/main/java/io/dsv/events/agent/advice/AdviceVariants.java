package io.dsv.events.agent.advice;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;

/**
 * The four advice classes, prepared by Byte Buddy once, in the thread that builds the weaver rather
 * than in the first application thread that loads an annotated class.
 */
public final class AdviceVariants {
  private final Advice withArguments;
  private final Advice withoutArguments;
  private final Advice atExitWithArguments;
  private final Advice atExitWithoutArguments;

  /**
   * Prepares the four advice classes.
   *
   * @param planIds binds {@link PlanId}
   * @param results binds {@link ResultIfRead}
   * @param agentClasses where the advice classes' class files are read
   * @param agentTypes describes them from those class files: reading them through reflection would
   *     make the JDK build a proxy class per annotation type they carry
   */
  public AdviceVariants(
      PlanIdMapping planIds,
      ResultMapping results,
      ClassFileLocator agentClasses,
      TypePool agentTypes) {
    Advice.WithCustomMapping mapping =
        Advice.withCustomMapping().bind(PlanId.class, planIds).bind(ResultIfRead.class, results);
    withArguments = prepare(mapping, agentTypes, agentClasses, EmitsEventAdvice.class);
    withoutArguments = prepare(mapping, agentTypes, agentClasses, EmitsEventNoArgsAdvice.class);
    atExitWithArguments = prepare(mapping, agentTypes, agentClasses, EmitsEventExitAdvice.class);
    atExitWithoutArguments =
        prepare(mapping, agentTypes, agentClasses, EmitsEventExitNoArgsAdvice.class);
  }

  /**
   * The advice for a method.
   *
   * @param atEntry whether calls need the entry advice as well as the exit advice
   * @param withArguments whether the plan reads the arguments
   * @return the advice
   */
  public Advice of(boolean atEntry, boolean withArguments) {
    if (atEntry) {
      return withArguments ? this.withArguments : withoutArguments;
    }
    return withArguments ? atExitWithArguments : atExitWithoutArguments;
  }

  private static Advice prepare(
      Advice.WithCustomMapping mapping,
      TypePool agentTypes,
      ClassFileLocator agentClasses,
      Class<?> adviceClass) {
    return mapping.to(agentTypes.describe(adviceClass.getName()).resolve(), agentClasses);
  }
}
