package io.dsv.events.agent.binding;

import java.util.List;

/** A parsed expression of {@code @EmitsEvent}: the tree {@link ExpressionParser} builds. */
public sealed interface Expression {

  /**
   * A literal: a string, a whole number, {@code true}, {@code false} or {@code null}.
   *
   * @param value the value ({@link String}, {@link Long}, {@link Boolean} or {@code null})
   */
  record Literal(Object value) implements Expression {}

  /**
   * A root followed by property steps: {@code sub.epochId}, {@code result}, {@code arg0.id}.
   *
   * @param root the root name
   * @param steps the property names after it
   */
  record Path(String root, List<String> steps) implements Expression {
    /** Copies the steps. */
    public Path {
      steps = List.copyOf(steps);
    }

    @Override
    public String toString() {
      return steps.isEmpty() ? root : root + "." + String.join(".", steps);
    }
  }

  /**
   * {@code !operand}.
   *
   * @param operand what is negated
   */
  record Not(Expression operand) implements Expression {}

  /**
   * A binary operation.
   *
   * @param operator {@code ==}, {@code !=}, {@code &&} or {@code ||}
   * @param left the left side
   * @param right the right side
   */
  record Binary(String operator, Expression left, Expression right) implements Expression {}
}
