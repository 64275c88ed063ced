package io.dsv.events.agent.advice;

import io.dsv.events.agent.bridge.EventBridge;
import net.bytebuddy.asm.Advice;

/**
 * Advice for methods that need nothing at entry (no {@code ENTRY} event, no {@code elapsedMs}, no
 * woven method they override) and whose events read their arguments: only an exit advice, so a call
 * makes one call into the agent, not two.
 */
public final class EmitsEventExitAdvice {
  private EmitsEventExitAdvice() {}

  /**
   * After the body, returned or thrown: {@code RETURN} and {@code EXCEPTION} events.
   *
   * @param planId the method's plan
   * @param self the receiver, or {@code null}
   * @param args the arguments
   * @param result the return value, boxed, when the plan reads it; else, for void or when it threw,
   *     {@code null}
   * @param thrown what it threw, or {@code null}
   */
  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @PlanId int planId,
      @Advice.This(optional = true) Object self,
      @Advice.AllArguments Object[] args,
      @ResultIfRead Object result,
      @Advice.Thrown Throwable thrown) {
    EventBridge.returned(planId, self, args, result, thrown);
  }
}
