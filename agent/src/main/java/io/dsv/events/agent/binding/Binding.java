package io.dsv.events.agent.binding;

/** A compiled expression: evaluated on every call with nothing left to parse or look up by name. */
@FunctionalInterface
public interface Binding {

  /**
   * Evaluates the expression for one call.
   *
   * @param frame the call
   * @return the value; {@code null} when a value along a path is {@code null}
   * @throws Throwable whatever a getter throws; the caller counts it
   */
  Object evaluate(Frame frame) throws Throwable;
}
