package io.dsv.events.agent.binding;

/**
 * Where a binding that failed on a call is reported. One instance serves every plan, so reporting
 * needs no object per call.
 */
@FunctionalInterface
public interface BindingFailures {
  /**
   * A binding of a plan failed on a call.
   *
   * @param plan the woven method's plan
   * @param failure what went wrong
   */
  void failed(EventPlan plan, Throwable failure);
}
