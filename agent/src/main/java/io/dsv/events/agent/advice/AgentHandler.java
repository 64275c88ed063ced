package io.dsv.events.agent.advice;

import io.dsv.events.agent.binding.EventPlan;
import io.dsv.events.agent.binding.EventSpec;
import io.dsv.events.agent.binding.Frame;
import io.dsv.events.agent.bridge.EventBridge;
import io.dsv.events.annotations.Phase;
import io.dsv.events.runtime.emitter.Emitter;
import io.dsv.events.runtime.messages.Messages;
import java.util.List;
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

  @Override
  public Object onEnter(int planId, Object self, Object[] args) {
    EventPlan plan = plans.get(planId);
    if (plan == null) {
      return null;
    }
    Call call;
    if (plan.overridden() && self != null) {
      Call outer = CURRENT.get();
      if (outer != null && outer.self() == self && overrides(outer.plan(), plan)) {
        return NESTED; // a super call from an override: the override's events stand for the call
      }
      call = new Call(self, plan, outer, System.nanoTime(), true);
      CURRENT.set(call);
    } else {
      call = new Call(self, plan, null, System.nanoTime(), false);
    }
    fire(plan, plan.at(Phase.ENTRY), new Frame(self, args, null, null, 0));
    return call;
  }

  @Override
  public void onExit(
      int planId, Object state, Object self, Object[] args, Object result, Throwable thrown) {
    if (state == NESTED || !(state instanceof Call call)) {
      return;
    }
    if (call.tracked()) {
      CURRENT.set(call.outer());
    }
    EventPlan plan = call.plan();
    if (thrown != null) {
      fire(plan, plan.at(Phase.EXCEPTION), frame(call, args, null, thrown));
    } else if (plan.async() && result instanceof CompletionStage<?> stage) {
      stage.whenComplete(
          (value, failure) -> {
            if (failure != null) {
              Throwable cause =
                  failure instanceof CompletionException && failure.getCause() != null
                      ? failure.getCause()
                      : failure;
              fire(plan, plan.at(Phase.EXCEPTION), frame(call, args, null, cause));
            } else {
              fire(plan, plan.at(Phase.RETURN), frame(call, args, value, null));
            }
          });
    } else {
      fire(plan, plan.at(Phase.RETURN), frame(call, args, result, null));
    }
  }

  private static boolean overrides(EventPlan outer, EventPlan inner) {
    return outer.family().equals(inner.family())
        && !outer.declaringType().equals(inner.declaringType());
  }

  private static Frame frame(Call call, Object[] args, Object result, Throwable thrown) {
    return new Frame(call.self(), args, result, thrown, System.nanoTime() - call.startNanos());
  }

  private void fire(EventPlan plan, List<EventSpec> specs, Frame frame) {
    if (specs.isEmpty()) {
      return;
    }
    Consumer<Throwable> failures = failure -> failed(plan, failure);
    for (EventSpec spec : specs) {
      try {
        if (spec.fires(frame, failures)) {
          emitter.emit(spec.build(frame, failures));
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
