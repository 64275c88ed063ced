package io.dsv.events.agent.advice;

import io.dsv.events.agent.bridge.EventBridge;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Advice inlined into methods whose events read their arguments. Plain static methods: all work is
 * in the agent, reached through {@link EventBridge}; nothing thrown here reaches the method.
 */
public final class EmitsEventAdvice {
  private EmitsEventAdvice() {}

  /**
   * Before the body: {@code ENTRY} events.
   *
   * @param planId the method's plan
   * @param self the receiver, or {@code null}
   * @param args the arguments
   * @return state for the exit advice
   */
  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(
      @PlanId int planId,
      @Advice.This(optional = true) Object self,
      @Advice.AllArguments Object[] args) {
    return EventBridge.enter(planId, self, args);
  }

  /**
   * After the body, returned or thrown: {@code RETURN} and {@code EXCEPTION} events.
   *
   * @param planId the method's plan
   * @param state what {@link #enter} returned
   * @param self the receiver, or {@code null}
   * @param args the arguments
   * @param result the return value, boxed; {@code null} for void or when it threw
   * @param thrown what it threw, or {@code null}
   */
  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @PlanId int planId,
      @Advice.Enter Object state,
      @Advice.This(optional = true) Object self,
      @Advice.AllArguments Object[] args,
      @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object result,
      @Advice.Thrown Throwable thrown) {
    EventBridge.exit(planId, state, self, args, result, thrown);
  }
}
