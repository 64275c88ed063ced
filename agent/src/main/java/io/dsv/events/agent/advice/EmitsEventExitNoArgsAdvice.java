package io.dsv.events.agent.advice;

import io.dsv.events.agent.bridge.EventBridge;
import net.bytebuddy.asm.Advice;

/**
 * {@link EmitsEventExitAdvice} for methods whose events read no argument: nothing is copied into an
 * array.
 */
public final class EmitsEventExitNoArgsAdvice {
  private EmitsEventExitNoArgsAdvice() {}

  /**
   * After the body, returned or thrown: {@code RETURN} and {@code EXCEPTION} events.
   *
   * @param planId the method's plan
   * @param self the receiver, or {@code null}
   * @param result the return value, boxed, when the plan reads it; else, for void or when it threw,
   *     {@code null}
   * @param thrown what it threw, or {@code null}
   */
  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @PlanId int planId,
      @Advice.This(optional = true) Object self,
      @ResultIfRead Object result,
      @Advice.Thrown Throwable thrown) {
    EventBridge.returned(planId, self, null, result, thrown);
  }
}
