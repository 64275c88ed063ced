package io.dsv.events.agent.advice;

import io.dsv.events.agent.bridge.EventBridge;
import net.bytebuddy.asm.Advice;

/**
 * Advice inlined into methods whose events read their arguments. Plain static methods: all work is
 * in the agent, reached through {@link EventBridge}; nothing thrown here reaches the method. The
 * arguments are copied into an array once, on entry, and the exit advice reads that same array from
 * a local variable: one array per call, and the values as the caller passed them.
 */
public final class EmitsEventAdvice {
  private static final String CALL_ARGS = "dsvEventsCallArgs";

  private EmitsEventAdvice() {}

  /**
   * Before the body: {@code ENTRY} events.
   *
   * @param planId the method's plan
   * @param self the receiver, or {@code null}
   * @param args the arguments
   * @param callArgs the local variable that hands {@code args} to {@link #exit}
   * @return state for the exit advice
   */
  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(
      @PlanId int planId,
      @Advice.This(optional = true) Object self,
      @Advice.AllArguments Object[] args,
      @Advice.Local(CALL_ARGS) Object[] callArgs) {
    callArgs = args;
    return EventBridge.enter(planId, self, args);
  }

  /**
   * After the body, returned or thrown: {@code RETURN} and {@code EXCEPTION} events.
   *
   * @param planId the method's plan
   * @param state what {@link #enter} returned
   * @param self the receiver, or {@code null}
   * @param args the arguments, as {@link #enter} saw them
   * @param result the return value, boxed, when the plan reads it; else, for void or when it threw,
   *     {@code null}
   * @param thrown what it threw, or {@code null}
   */
  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @PlanId int planId,
      @Advice.Enter Object state,
      @Advice.This(optional = true) Object self,
      @Advice.Local(CALL_ARGS) Object[] args,
      @ResultIfRead Object result,
      @Advice.Thrown Throwable thrown) {
    EventBridge.exit(planId, state, self, args, result, thrown);
  }
}
