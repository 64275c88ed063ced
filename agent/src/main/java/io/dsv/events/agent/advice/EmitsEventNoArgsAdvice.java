package io.dsv.events.agent.advice;

import io.dsv.events.agent.bridge.EventBridge;
import net.bytebuddy.asm.Advice;

/**
 * Advice for methods whose events read no argument: the same as {@link EmitsEventAdvice} without
 * copying the arguments into an array on every call.
 */
public final class EmitsEventNoArgsAdvice {
  private EmitsEventNoArgsAdvice() {}

  /**
   * Before the body: {@code ENTRY} events.
   *
   * @param planId the method's plan
   * @param self the receiver, or {@code null}
   * @return state for the exit advice
   */
  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(@PlanId int planId, @Advice.This(optional = true) Object self) {
    return EventBridge.enter(planId, self, null);
  }

  /**
   * After the body, returned or thrown: {@code RETURN} and {@code EXCEPTION} events.
   *
   * @param planId the method's plan
   * @param state what {@link #enter} returned
   * @param self the receiver, or {@code null}
   * @param result the return value, boxed, when the plan reads it; else, for void or when it threw,
   *     {@code null}
   * @param thrown what it threw, or {@code null}
   */
  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @PlanId int planId,
      @Advice.Enter Object state,
      @Advice.This(optional = true) Object self,
      @ResultIfRead Object result,
      @Advice.Thrown Throwable thrown) {
    EventBridge.exit(planId, state, self, null, result, thrown);
  }
}
