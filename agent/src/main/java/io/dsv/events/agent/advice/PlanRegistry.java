package io.dsv.events.agent.advice;

import io.dsv.events.agent.binding.EventPlan;
import java.util.Arrays;

/** The compiled plans of all woven methods, indexed by the id baked into each method's advice. */
public final class PlanRegistry {
  private volatile EventPlan[] plans = new EventPlan[64];
  private final java.util.Map<String, EventPlan> firstOfFamily = new java.util.HashMap<>();
  private int count;

  /**
   * Registers a plan.
   *
   * @param plan the plan
   * @return its id
   */
  public synchronized int register(EventPlan plan) {
    if (count == plans.length) {
      plans = Arrays.copyOf(plans, count * 2);
    }
    EventPlan earlier = firstOfFamily.putIfAbsent(plan.family(), plan);
    if (earlier != null) {
      // An override and the method it overrides are both woven: calls must check for nesting.
      earlier.markOverridden();
      plan.markOverridden();
    }
    EventPlan[] current = plans;
    current[count] = plan;
    plans = current; // publish the write
    return count++;
  }

  /**
   * A plan by id.
   *
   * @param id the id
   * @return the plan, or {@code null}
   */
  public EventPlan get(int id) {
    EventPlan[] current = plans;
    return id >= 0 && id < current.length ? current[id] : null;
  }

  /**
   * How many methods are woven.
   *
   * @return the count
   */
  public synchronized int size() {
    return count;
  }
}
