package io.dsv.events.agent.binding;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the small expression language of {@code @EmitsEvent}: paths ({@code sub.epochId}),
 * literals ({@code 'text'}, {@code 42}, {@code true}, {@code false}, {@code null}), {@code !},
 * {@code ==}, {@code !=}, {@code &&}, {@code ||} and parentheses. Precedence, loosest first: {@code
 * ||}, {@code &&}, {@code == !=}, {@code !}.
 */
public final class ExpressionParser {
  private final String text;
  private int position;

  private ExpressionParser(String text) {
    this.text = text;
  }

  /**
   * Parses an expression.
   *
   * @param text the expression
   * @return its tree
   * @throws BindingException when the text is not a valid expression
   */
  public static Expression parse(String text) {
    ExpressionParser parser = new ExpressionParser(text);
    Expression expression = parser.or();
    parser.skipSpaces();
    if (parser.position < text.length()) {
      throw parser.error("unexpected '" + text.substring(parser.position) + "'");
    }
    return expression;
  }

  private Expression or() {
    Expression left = and();
    while (consume("||")) {
      left = new Expression.Binary("||", left, and());
    }
    return left;
  }

  private Expression and() {
    Expression left = equality();
    while (consume("&&")) {
      left = new Expression.Binary("&&", left, equality());
    }
    return left;
  }

  private Expression equality() {
    Expression left = unary();
    while (true) {
      if (consume("==")) {
        left = new Expression.Binary("==", left, unary());
      } else if (consume("!=")) {
        left = new Expression.Binary("!=", left, unary());
      } else {
        return left;
      }
    }
  }

  private Expression unary() {
    if (consume("!")) {
      return new Expression.Not(unary());
    }
    return primary();
  }

  private Expression primary() {
    skipSpaces();
    if (position >= text.length()) {
      throw error("the expression ends where a value was expected");
    }
    char c = text.charAt(position);
    if (c == '(') {
      position++;
      Expression inner = or();
      if (!consume(")")) {
        throw error("missing ')'");
      }
      return inner;
    }
    if (c == '\'') {
      return new Expression.Literal(string());
    }
    if (Character.isDigit(c) || c == '-') {
      return new Expression.Literal(number());
    }
    if (Character.isJavaIdentifierStart(c)) {
      return path();
    }
    throw error("unexpected '" + c + "'");
  }

  private Expression path() {
    String root = identifier();
    switch (root) {
      case "true":
        return new Expression.Literal(Boolean.TRUE);
      case "false":
        return new Expression.Literal(Boolean.FALSE);
      case "null":
        return new Expression.Literal(null);
      default:
        break;
    }
    List<String> steps = new ArrayList<>();
    while (position < text.length() && text.charAt(position) == '.') {
      position++;
      if (position >= text.length() || !Character.isJavaIdentifierStart(text.charAt(position))) {
        throw error("a property name must follow '.'");
      }
      steps.add(identifier());
    }
    return new Expression.Path(root, steps);
  }

  private String identifier() {
    int start = position;
    while (position < text.length() && Character.isJavaIdentifierPart(text.charAt(position))) {
      position++;
    }
    return text.substring(start, position);
  }

  private String string() {
    int start = ++position;
    int end = text.indexOf('\'', start);
    if (end < 0) {
      throw error("unterminated string: a closing ' is missing");
    }
    position = end + 1;
    return text.substring(start, end);
  }

  private Long number() {
    int start = position;
    if (text.charAt(position) == '-') {
      position++;
    }
    while (position < text.length() && Character.isDigit(text.charAt(position))) {
      position++;
    }
    try {
      return Long.parseLong(text.substring(start, position));
    } catch (NumberFormatException e) {
      position = start;
      throw error("not a whole number");
    }
  }

  private boolean consume(String token) {
    skipSpaces();
    if (text.startsWith(token, position)) {
      // '!' must not swallow the start of '!='
      if (token.equals("!") && text.startsWith("!=", position)) {
        return false;
      }
      position += token.length();
      return true;
    }
    return false;
  }

  private void skipSpaces() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private BindingException error(String what) {
    return new BindingException("syntax error at column " + (position + 1) + ": " + what);
  }
}
