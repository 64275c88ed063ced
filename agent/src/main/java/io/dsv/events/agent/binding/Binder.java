package io.dsv.events.agent.binding;

import io.dsv.events.annotations.Phase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;

/**
 * Compiles a parsed expression against a method's shape: checks every root and property against the
 * declared types (errors name what is known instead), and returns a {@link Binding} whose property
 * steps are linked once per runtime class.
 */
public final class Binder {
  private static final TypeDescription OBJECT = TypeDescription.ForLoadedType.of(Object.class);
  private static final TypeDescription BOOLEAN = TypeDescription.ForLoadedType.of(boolean.class);
  private static final TypeDescription LONG = TypeDescription.ForLoadedType.of(long.class);
  private static final TypeDescription STRING = TypeDescription.ForLoadedType.of(String.class);
  private static final TypeDescription THROWABLE =
      TypeDescription.ForLoadedType.of(Throwable.class);

  private final MethodShape shape;
  private boolean usesArguments;
  private boolean usesResult;
  private boolean usesElapsed;

  /**
   * A binder for one method and phase.
   *
   * @param shape the method and phase
   */
  public Binder(MethodShape shape) {
    this.shape = shape;
  }

  /**
   * Parses and compiles an expression.
   *
   * @param text the expression
   * @return the compiled expression
   * @throws BindingException naming what is wrong
   */
  public Typed expression(String text) {
    return compile(ExpressionParser.parse(text));
  }

  /**
   * Parses and compiles a condition, which must be boolean.
   *
   * @param text the expression
   * @return the compiled condition
   * @throws BindingException naming what is wrong
   */
  public Binding booleanExpression(String text) {
    Typed typed = expression(text);
    requireBoolean(typed, text);
    return typed.binding();
  }

  /**
   * The method and phase this binder compiles for.
   *
   * @return the shape
   */
  public MethodShape shape() {
    return shape;
  }

  /**
   * Whether any expression compiled so far reads an argument.
   *
   * @return {@code true} when the advice must pass the arguments
   */
  public boolean usesArguments() {
    return usesArguments;
  }

  /**
   * Whether any expression compiled so far reads {@code result}.
   *
   * @return {@code true} when the advice must pass the return value
   */
  public boolean usesResult() {
    return usesResult;
  }

  /**
   * Whether any expression compiled so far reads {@code elapsedMs}.
   *
   * @return {@code true} when calls must note their start time
   */
  public boolean usesElapsed() {
    return usesElapsed;
  }

  /**
   * A compiled expression with the static type of its value.
   *
   * @param binding evaluates the expression
   * @param type the value's static type; {@code null} for the {@code null} literal
   */
  public record Typed(Binding binding, TypeDescription type) {}

  private Typed compile(Expression expression) {
    if (expression instanceof Expression.Literal literal) {
      return literal(literal.value());
    }
    if (expression instanceof Expression.Path path) {
      return path(path);
    }
    if (expression instanceof Expression.Not not) {
      return not(not);
    }
    return binary((Expression.Binary) expression);
  }

  private static Typed literal(Object value) {
    TypeDescription type =
        value == null
            ? null
            : value instanceof String ? STRING : value instanceof Long ? LONG : BOOLEAN;
    return new Typed(frame -> value, type);
  }

  private Typed not(Expression.Not not) {
    Typed operand = compile(not.operand());
    requireBoolean(operand, "!" + not.operand());
    Binding inner = operand.binding();
    return new Typed(frame -> !truthy(inner.evaluate(frame)), BOOLEAN);
  }

  private Typed binary(Expression.Binary binary) {
    Typed left = compile(binary.left());
    Typed right = compile(binary.right());
    Binding l = left.binding();
    Binding r = right.binding();
    return switch (binary.operator()) {
      case "==" -> new Typed(frame -> same(l.evaluate(frame), r.evaluate(frame)), BOOLEAN);
      case "!=" -> new Typed(frame -> !same(l.evaluate(frame), r.evaluate(frame)), BOOLEAN);
      case "&&" -> {
        requireBoolean(left, binary.left().toString());
        requireBoolean(right, binary.right().toString());
        yield new Typed(frame -> truthy(l.evaluate(frame)) && truthy(r.evaluate(frame)), BOOLEAN);
      }
      default -> {
        requireBoolean(left, binary.left().toString());
        requireBoolean(right, binary.right().toString());
        yield new Typed(frame -> truthy(l.evaluate(frame)) || truthy(r.evaluate(frame)), BOOLEAN);
      }
    };
  }

  private Typed path(Expression.Path path) {
    Typed current = root(path.root());
    for (String step : path.steps()) {
      current = step(current, step, path);
    }
    return current;
  }

  private Typed root(String name) {
    switch (name) {
      case "result" -> {
        if (shape.phase() == Phase.ENTRY) {
          throw new BindingException("'result' is not available at ENTRY, before the method runs");
        }
        if (shape.phase() == Phase.EXCEPTION) {
          throw new BindingException("'result' is not available at EXCEPTION: the method threw");
        }
        if (shape.resultType() == null) {
          throw new BindingException("'result' is not available: the method returns void");
        }
        usesResult = true;
        return new Typed(Frame::result, shape.resultType());
      }
      case "exception" -> {
        if (shape.phase() != Phase.EXCEPTION) {
          throw new BindingException("'exception' is only available at EXCEPTION");
        }
        return new Typed(Frame::exception, THROWABLE);
      }
      case "this" -> {
        if (shape.isStatic()) {
          throw new BindingException("'this' is not available in a static method");
        }
        return new Typed(Frame::self, shape.declaringType());
      }
      case "elapsedMs" -> {
        if (shape.phase() == Phase.ENTRY) {
          throw new BindingException("'elapsedMs' is not available at ENTRY");
        }
        usesElapsed = true;
        return new Typed(frame -> frame.elapsedNanos() / 1_000_000L, LONG);
      }
      default -> {
        int index = parameterIndex(name);
        TypeDescription type = shape.parameterTypes().get(index);
        usesArguments = true;
        return new Typed(frame -> frame.args()[index], type);
      }
    }
  }

  private int parameterIndex(String name) {
    if (name.matches("arg\\d+")) {
      int index = Integer.parseInt(name.substring(3));
      if (index < shape.parameterTypes().size()) {
        return index;
      }
      throw new BindingException(
          "'"
              + name
              + "' is out of range: the method has "
              + shape.parameterTypes().size()
              + " parameter(s)");
    }
    int index = shape.parameterNames().indexOf(name);
    if (index >= 0) {
      return index;
    }
    throw new BindingException(
        "unknown root '"
            + name
            + "'; roots here: "
            + String.join(", ", roots())
            + (shape.parameterNames().contains(null)
                ? " (parameter names need classes compiled with -parameters; argN always works)"
                : ""));
  }

  private List<String> roots() {
    List<String> roots = new ArrayList<>();
    for (int i = 0; i < shape.parameterTypes().size(); i++) {
      String name = shape.parameterNames().get(i);
      roots.add(name == null ? "arg" + i : name);
    }
    if (shape.phase() == Phase.RETURN && shape.resultType() != null) {
      roots.add("result");
    }
    if (shape.phase() == Phase.EXCEPTION) {
      roots.add("exception");
    }
    if (!shape.isStatic()) {
      roots.add("this");
    }
    if (shape.phase() != Phase.ENTRY) {
      roots.add("elapsedMs");
    }
    return roots;
  }

  private static Typed step(Typed target, String name, Expression.Path path) {
    TypeDescription type = target.type();
    if (type == null || type.isPrimitive()) {
      throw new BindingException(
          "'"
              + path
              + "': a "
              + (type == null ? "null" : type.getName())
              + " has no property '"
              + name
              + "'");
    }
    TypeDescription valueType = propertyType(type, name);
    if (valueType == null) {
      throw new BindingException(
          "'"
              + path
              + "': "
              + type.getSimpleName()
              + " has no property '"
              + name
              + "'; it has: "
              + String.join(", ", propertyNames(type)));
    }
    PropertyAccessor accessor = new PropertyAccessor(name);
    Binding inner = target.binding();
    return new Typed(frame -> accessor.get(inner.evaluate(frame)), valueType);
  }

  /** The type of a property, {@code Object} where only the runtime value can tell, or null. */
  private static TypeDescription propertyType(TypeDescription type, String name) {
    if (type.represents(Object.class) || type.isAssignableTo(java.util.Map.class)) {
      return OBJECT;
    }
    if (type.isArray()) {
      return name.equals("length") ? TypeDescription.ForLoadedType.of(int.class) : null;
    }
    String capitalised = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    Set<String> accessors = Set.of("get" + capitalised, "is" + capitalised, name);
    for (TypeDefinition t : hierarchy(type)) {
      for (MethodDescription method : t.getDeclaredMethods()) {
        if (accessors.contains(method.getName()) && isGetter(method)) {
          return method.getReturnType().asErasure();
        }
      }
      for (FieldDescription field : t.getDeclaredFields()) {
        if (field.getName().equals(name) && field.isPublic() && !field.isStatic()) {
          return field.getType().asErasure();
        }
      }
    }
    return null;
  }

  private static List<String> propertyNames(TypeDescription type) {
    if (type.isArray()) {
      return List.of("length");
    }
    Set<String> names = new LinkedHashSet<>();
    for (TypeDefinition t : hierarchy(type)) {
      if (t.represents(Object.class)) {
        continue;
      }
      for (MethodDescription method : t.getDeclaredMethods()) {
        if (isGetter(method)) {
          names.add(propertyName(method.getName()));
        }
      }
      for (FieldDescription field : t.getDeclaredFields()) {
        if (field.isPublic() && !field.isStatic()) {
          names.add(field.getName());
        }
      }
    }
    return new ArrayList<>(names);
  }

  private static boolean isGetter(MethodDescription method) {
    return method.getParameters().isEmpty()
        && !method.isStatic()
        && !method.isConstructor()
        && !method.isTypeInitializer()
        && !method.getReturnType().represents(void.class)
        && !method.getName().equals("hashCode")
        && !method.getName().equals("toString")
        && !method.getName().equals("getClass");
  }

  private static String propertyName(String method) {
    for (String prefix : new String[] {"get", "is"}) {
      if (method.startsWith(prefix)
          && method.length() > prefix.length()
          && Character.isUpperCase(method.charAt(prefix.length()))) {
        String rest = method.substring(prefix.length());
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
      }
    }
    return method;
  }

  /** The type, its superclasses and all its interfaces, nearest first. */
  private static List<TypeDefinition> hierarchy(TypeDescription type) {
    List<TypeDefinition> types = new ArrayList<>();
    java.util.ArrayDeque<TypeDefinition> queue = new java.util.ArrayDeque<>();
    queue.add(type);
    Set<String> seen = new java.util.HashSet<>();
    while (!queue.isEmpty()) {
      TypeDefinition next = queue.poll();
      if (!seen.add(next.asErasure().getName())) {
        continue;
      }
      types.add(next);
      if (next.getSuperClass() != null) {
        queue.add(next.getSuperClass());
      }
      next.getInterfaces().forEach(queue::add);
    }
    return types;
  }

  private static void requireBoolean(Typed typed, String text) {
    TypeDescription type = typed.type();
    if (type != null
        && !type.represents(boolean.class)
        && !type.represents(Boolean.class)
        && !type.represents(Object.class)) {
      throw new BindingException(
          "'" + text + "' is a " + type.getSimpleName() + ", but a condition must be boolean");
    }
  }

  static boolean truthy(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value == null) {
      return false;
    }
    throw new BindingException(
        "a condition gave " + value.getClass().getSimpleName() + ", not a boolean");
  }

  /** Equality as a user reads it: numbers by value, enums by name against text. */
  static boolean same(Object left, Object right) {
    if (left instanceof Number a && right instanceof Number b) {
      return a.longValue() == b.longValue() && a.doubleValue() == b.doubleValue();
    }
    if (left instanceof Enum<?> e && right instanceof String s) {
      return e.name().equals(s);
    }
    if (right instanceof Enum<?> e && left instanceof String s) {
      return e.name().equals(s);
    }
    if (left instanceof CharSequence a && right instanceof CharSequence b) {
      return a.toString().contentEquals(b);
    }
    return Objects.equals(left, right);
  }
}
