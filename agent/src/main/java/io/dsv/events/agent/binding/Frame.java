package io.dsv.events.agent.binding;

/**
 * What one call of a woven method offers to expressions, and where its binding failures go.
 *
 * @param plan the woven method's plan
 * @param failures told about each binding that fails on this call
 * @param self the receiver, or {@code null} for a static method
 * @param args the arguments, or {@code null} when no expression uses them
 * @param result the return value (or the completed value of a {@code CompletionStage})
 * @param exception what the method threw, or {@code null}
 * @param elapsedNanos time since entry
 */
public record Frame(
    EventPlan plan,
    BindingFailures failures,
    Object self,
    Object[] args,
    Object result,
    Throwable exception,
    long elapsedNanos) {

  /**
   * Reports a binding that failed on this call.
   *
   * @param failure what went wrong
   */
  public void failed(Throwable failure) {
    failures.failed(plan, failure);
  }
}
