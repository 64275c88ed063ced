package io.dsv.events.agent.advice;

import io.dsv.events.agent.binding.BindingFailures;
import io.dsv.events.agent.binding.EventPlan;
import io.dsv.events.agent.binding.EventSpec;
import io.dsv.events.agent.binding.Frame;
import io.dsv.events.agent.bridge.EventBridge;
import io.dsv.events.runtime.emitter.Emitter;
import io.dsv.events.runtime.messages.Messages;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Runs the plans of woven methods: builds and emits their events at entry, return or exception.
 * Emits each event once per call even when an override calls the method it overrides (only the
 * outermost, most specific, plan fires). Never throws into the application: a binding that fails is
 * counted and reported once per method.
 */
public final class AgentHandler implements EventBridge.Handler {
  private static final Object NESTED = new Object();
  private static final ThreadLocal<Call> CURRENT = new ThreadLocal<>();

  private final PlanRegistry plans;
  private final Emitter emitter;
  private final LongAdder bindingFailures;
  private final Consumer<String> log;
  private final java.util.Set<String> reported = ConcurrentHashMap.newKeySet();
  private final BindingFailures failures = this::failed;

  /** One call in progress on this thread. */
  private record Call(Object self, EventPlan plan, Call outer, long startNanos, boolean tracked) {}

  /**
   * @param plans the woven methods' plans
   * @param emitter where events go
   * @param bindingFailures counts bindings that failed on a call
   * @param log where the first failure of each method is reported
   */
  public AgentHandler(
      PlanRegistry plans, Emitter emitter, LongAdder bindingFailures, Consumer<String> log) {
    this.plans = plans;
    this.emitter = emitter;
    this.bindingFailures = bindingFailures;
    this.log = log;
  }

  /**
   * Makes this handler the one woven code calls. A static method here, so that the classes that
   * call it need not see the bridge (which the bootstrap loader gets only once the agent is on).
   *
   * @param plans the woven methods' plans
   * @param emitter where events go
   * @param bindingFailures counts bindings that failed on a call
   * @param log where the first failure of each method is reported
   */
  public static void install(
      PlanRegistry plans, Emitter emitter, LongAdder bindingFailures, Consumer<String> log) {
    EventBridge.install(new AgentHandler(plans, emitter, bindingFailures, log));
  }

  @Override
  public Object onEnter(int planId, Object self, Object[] args) {
    EventPlan plan = plans.get(planId);
    if (plan == null) {
      return null;
    }
    Object state;
    if (plan.overridden() && self != null) {
      Call outer = CURRENT.get();
      if (calledByOverride(plan, self, outer)) {
        return NESTED;
      }
      Call call = new Call(self, plan, outer, start(plan), true);
      CURRENT.set(call);
      state = call;
    } else {
      // The common case needs no per-call state but, when asked for, the start time.
      state = plan.usesElapsed() ? new Call(self, plan, null, System.nanoTime(), false) : plan;
    }
    EventSpec[] entry = plan.atEntry();
    if (entry.length > 0) {
      fire(plan, entry, new Frame(plan, failures, self, args, null, null, 0));
    }
    return state;
  }

  @Override
  public void onExit(
      int planId, Object state, Object self, Object[] args, Object result, Throwable thrown) {
    if (state instanceof Call call) {
      if (call.tracked()) {
        CURRENT.set(call.outer());
      }
      finish(call.plan(), call.startNanos(), self, args, result, thrown);
    } else if (state instanceof EventPlan untracked) {
      finish(untracked, 0, self, args, result, thrown);
    }
    // else NESTED, or the entry advice failed
  }

  @Override
  public void onReturn(int planId, Object self, Object[] args, Object result, Throwable thrown) {
    EventPlan plan = plans.get(planId);
    if (plan == null) {
      return;
    }
    if (plan.overridden() && self != null && calledByOverride(plan, self, CURRENT.get())) {
      return;
    }
    finish(plan, 0, self, args, result, thrown);
  }

  /** The {@code RETURN} or {@code EXCEPTION} events of a call, or those of its returned stage. */
  private void finish(
      EventPlan plan, long start, Object self, Object[] args, Object result, Throwable thrown) {
    if (thrown != null) {
      fire(plan, plan.atException(), frame(plan, start, self, args, null, thrown));
    } else if (plan.async() && result instanceof CompletionStage<?> stage) {
      stage.whenComplete(
          (value, failure) -> {
            if (failure != null) {
              Throwable cause =
                  failure instanceof CompletionException && failure.getCause() != null
                      ? failure.getCause()
                      : failure;
              fire(plan, plan.atException(), frame(plan, start, self, args, null, cause));
            } else {
              fire(plan, plan.atReturn(), frame(plan, start, self, args, value, null));
            }
          });
    } else {
      fire(plan, plan.atReturn(), frame(plan, start, self, args, result, null));
    }
  }

  /**
   * Whether this call is an override's super call of the method it overrides, both woven: the
   * override's events then stand for the call.
   */
  private static boolean calledByOverride(EventPlan plan, Object self, Call outer) {
    return outer != null && outer.self() == self && overrides(outer.plan(), plan);
  }

  private static boolean overrides(EventPlan outer, EventPlan inner) {
    return outer.family().equals(inner.family())
        && !outer.declaringType().equals(inner.declaringType());
  }

  private static long start(EventPlan plan) {
    return plan.usesElapsed() ? System.nanoTime() : 0;
  }

  private Frame frame(
      EventPlan plan, long start, Object self, Object[] args, Object result, Throwable thrown) {
    long elapsed = plan.usesElapsed() ? System.nanoTime() - start : 0;
    return new Frame(plan, failures, self, args, result, thrown, elapsed);
  }

  private void fire(EventPlan plan, EventSpec[] specs, Frame frame) {
    for (EventSpec spec : specs) {
      try {
        if (spec.fires(frame)) {
          emitter.emit(spec.build(frame));
        }
      } catch (RuntimeException | LinkageError e) {
        failed(plan, e);
      }
    }
  }

  private void failed(EventPlan plan, Throwable failure) {
    bindingFailures.increment();
    if (reported.add(plan.method())) {
      log.accept(Messages.bindingFailed(plan.method(), String.valueOf(failure)));
    }
  }
}
