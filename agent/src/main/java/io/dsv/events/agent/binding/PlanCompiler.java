package io.dsv.events.agent.binding;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EmitsEvents;
import io.dsv.events.annotations.EventField;
import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Phase;
import io.dsv.events.runtime.messages.Messages;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.annotation.AnnotationList;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.description.type.TypeList;

/**
 * Turns the {@code @EmitsEvent} annotations of a method (its own, or else those of the nearest
 * method it overrides or implements) into an {@link EventPlan}, checking every expression. Each
 * problem becomes one message naming {@code Class#method}, the annotation and the expression; a
 * method with a problem is not woven.
 */
public final class PlanCompiler {
  private static final TypeDescription EMITS_EVENT =
      TypeDescription.ForLoadedType.of(EmitsEvent.class);
  private static final TypeDescription EMITS_EVENTS =
      TypeDescription.ForLoadedType.of(EmitsEvents.class);
  private final Set<EventType> types;
  private final String defaultComponent;

  /**
   * @param types the event types to weave ({@code dsv.events.types})
   * @param defaultComponent {@code dsv.events.component}, or {@code ""}
   */
  public PlanCompiler(Set<EventType> types, String defaultComponent) {
    this.types = Set.copyOf(types);
    this.defaultComponent = defaultComponent == null ? "" : defaultComponent;
  }

  /**
   * What compiling one method gave.
   *
   * @param plan the plan, or {@code null} when the method has nothing to weave or has problems
   * @param problems the messages, empty when all is well
   */
  public record Result(EventPlan plan, List<String> problems) {}

  /**
   * The annotated method that governs a method: itself when it carries {@code @EmitsEvent}, else
   * the nearest method it overrides or implements that does, searching superclasses and interfaces
   * breadth first.
   *
   * @param type the class that declares {@code method}
   * @param method the method
   * @return the governing method, or {@code null} when none is annotated
   */
  public static MethodDescription annotatedSource(TypeDescription type, MethodDescription method) {
    if (isAnnotated(method)) {
      return method;
    }
    if (method.isStatic() || method.isConstructor() || method.isPrivate()) {
      return null;
    }
    TypeList erasures = method.getParameters().asTypeList().asErasures();
    ArrayDeque<TypeDefinition> queue = new ArrayDeque<>(supertypes(type));
    Set<String> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      TypeDefinition next = queue.poll();
      if (!seen.add(next.asErasure().getName()) || next.asErasure().represents(Object.class)) {
        continue;
      }
      for (MethodDescription candidate : next.getDeclaredMethods()) {
        if (candidate.getName().equals(method.getName())
            && candidate.getParameters().asTypeList().asErasures().equals(erasures)
            && isAnnotated(candidate)) {
          return candidate;
        }
      }
      queue.addAll(supertypes(next));
    }
    return null;
  }

  /**
   * Whether a method overrides or implements a concrete supertype method that is woven too (it
   * carries or inherits {@code @EmitsEvent}). A call may then reach that method as {@code super},
   * and the override's advice must note the call at entry so that the inner one stays quiet. When a
   * supertype cannot be read, it is assumed to.
   *
   * @param type the class that declares {@code method}
   * @param method the method
   * @return whether calls must be noted at entry for the once-per-call rule
   */
  public static boolean overridesWovenMethod(TypeDescription type, MethodDescription method) {
    if (method.isStatic() || method.isConstructor() || method.isPrivate()) {
      return false;
    }
    try {
      TypeList erasures = method.getParameters().asTypeList().asErasures();
      ArrayDeque<TypeDefinition> queue = new ArrayDeque<>(supertypes(type));
      Set<String> seen = new HashSet<>();
      while (!queue.isEmpty()) {
        TypeDefinition next = queue.poll();
        TypeDescription erasure = next.asErasure();
        if (!seen.add(erasure.getName()) || erasure.represents(Object.class)) {
          continue;
        }
        for (MethodDescription candidate : next.getDeclaredMethods()) {
          if (!candidate.isAbstract()
              && candidate.getName().equals(method.getName())
              && candidate.getParameters().asTypeList().asErasures().equals(erasures)
              && annotatedSource(erasure, candidate) != null) {
            return true;
          }
        }
        queue.addAll(supertypes(next));
      }
      return false;
    } catch (RuntimeException unreadable) {
      return true;
    }
  }

  private static List<TypeDefinition> supertypes(TypeDefinition type) {
    List<TypeDefinition> supertypes = new ArrayList<>();
    if (type.getSuperClass() != null) {
      supertypes.add(type.getSuperClass());
    }
    type.getInterfaces().forEach(supertypes::add);
    return supertypes;
  }

  /**
   * Whether a method carries {@code @EmitsEvent}, single or repeated. Cheaper than {@link
   * #declarationsOf}: no value is read.
   */
  private static boolean isAnnotated(MethodDescription method) {
    AnnotationList annotations = method.getDeclaredAnnotations();
    return annotations.isAnnotationPresent(EmitsEvent.class)
        || annotations.isAnnotationPresent(EmitsEvents.class);
  }

  /**
   * The {@code @EmitsEvent} annotations on a method, repeated or single.
   *
   * @param method the method
   * @return what they declare, in declaration order
   */
  static List<Declaration> declarationsOf(MethodDescription method) {
    AnnotationList annotations = method.getDeclaredAnnotations();
    List<Declaration> found = new ArrayList<>();
    // By description, not ofType(Class): that one's annotation type is the loaded one, whose
    // properties and defaults are then read by reflection rather than from the class files.
    if (annotations.isAnnotationPresent(EmitsEvent.class)) {
      found.add(Declaration.of(annotations.ofType(EMITS_EVENT)));
    }
    if (annotations.isAnnotationPresent(EmitsEvents.class)) {
      for (AnnotationDescription repeated :
          annotations
              .ofType(EMITS_EVENTS)
              .getValue("value")
              .resolve(AnnotationDescription[].class)) {
        found.add(Declaration.of(repeated));
      }
    }
    return found;
  }

  /**
   * Compiles the plan of a method.
   *
   * @param type the class being woven
   * @param method a method it declares
   * @return the plan and problems; a {@code null} plan when there is nothing to weave
   */
  public Result compile(TypeDescription type, MethodDescription method) {
    MethodDescription source = annotatedSource(type, method);
    if (source == null || method.isAbstract() || method.isNative()) {
      return new Result(null, List.of());
    }
    String where = type.getName() + "#" + method.getName();
    List<String> problems = new ArrayList<>();
    List<EventSpec> specs = new ArrayList<>();
    boolean usesArguments = false;
    boolean usesResult = false;
    boolean usesElapsed = false;
    TypeDescription returned = method.getReturnType().asErasure();
    boolean async = returned.isAssignableTo(CompletionStage.class);
    for (Declaration annotation : declarationsOf(source)) {
      if (!types.contains(annotation.type())) {
        continue; // dsv.events.types leaves this type out
      }
      MethodShape shape = shape(type, method, source, annotation.on());
      Binder binder = new Binder(shape);
      EventSpec spec = spec(where, annotation, binder, fieldParameters(method, source), problems);
      usesArguments |= binder.usesArguments();
      usesResult |= binder.usesResult();
      usesElapsed |= binder.usesElapsed();
      if (spec != null) {
        specs.add(spec);
      }
    }
    if (!problems.isEmpty() || specs.isEmpty()) {
      return new Result(null, problems);
    }
    String family = method.getName() + method.getParameters().asTypeList().asErasures();
    return new Result(
        new EventPlan(
            where,
            family,
            type.getName(),
            usesArguments,
            usesResult || async,
            usesElapsed,
            async,
            specs),
        problems);
  }

  private EventSpec spec(
      String where,
      Declaration annotation,
      Binder binder,
      Map<String, String> eventFields,
      List<String> problems) {
    String label = "@EmitsEvent(type = " + annotation.type() + ")";
    int before = problems.size();
    Binding when = null;
    if (!annotation.when().isBlank()) {
      try {
        when = binder.booleanExpression(annotation.when());
      } catch (BindingException e) {
        problems.add(
            Messages.annotationProblem(
                where, label, "when = \"" + annotation.when() + "\"", e.getMessage()));
      }
    }
    PayloadSchema schema = PayloadSchema.of(annotation.type());
    Map<String, String> payloadTexts = new LinkedHashMap<>();
    eventFields.forEach(
        (field, parameter) -> {
          if (schema.field(field).isPresent()) {
            payloadTexts.put(field, parameter);
          }
        });
    List<EventSpec.FieldBinding> payload = new ArrayList<>();
    for (String binding : annotation.payload()) {
      String[] parts = split(binding);
      if (parts == null) {
        problems.add(
            Messages.annotationProblem(
                where, label, "payload \"" + binding + "\"", "expected 'field = expression'"));
        continue;
      }
      if (schema.field(parts[0]).isEmpty()) {
        problems.add(
            Messages.annotationProblem(
                where,
                label,
                "payload \"" + binding + "\"",
                "unknown payload field '"
                    + parts[0]
                    + "'; "
                    + annotation.type().wireName()
                    + " has: "
                    + String.join(", ", schema.fieldNames())));
        continue;
      }
      payloadTexts.put(parts[0], parts[1]);
    }
    payloadTexts.forEach(
        (field, text) -> {
          WireField wire = schema.field(field).orElseThrow();
          try {
            Binder.Typed typed = binder.expression(text);
            String refusal = Conversions.check(typed.type(), wire.kind());
            if (refusal != null) {
              throw new BindingException(
                  "a "
                      + typed.type().getSimpleName()
                      + " cannot become "
                      + field
                      + " ("
                      + wire.kind().description()
                      + "); it takes "
                      + refusal);
            }
            payload.add(
                new EventSpec.FieldBinding(
                    wire, Conversions.converting(typed.binding(), typed.type(), wire.kind())));
          } catch (BindingException e) {
            problems.add(
                Messages.annotationProblem(
                    where, label, "payload \"" + field + " = " + text + "\"", e.getMessage()));
          }
        });
    List<EventSpec.LabelBinding> metadata = new ArrayList<>();
    for (String binding : annotation.metadata()) {
      String[] parts = split(binding);
      try {
        if (parts == null) {
          throw new BindingException("expected 'key = expression'");
        }
        metadata.add(new EventSpec.LabelBinding(parts[0], binder.expression(parts[1]).binding()));
      } catch (BindingException e) {
        problems.add(
            Messages.annotationProblem(
                where, label, "metadata \"" + binding + "\"", e.getMessage()));
      }
    }
    Binding error = null;
    if (!annotation.error().isBlank()) {
      try {
        error = binder.expression(annotation.error()).binding();
      } catch (BindingException e) {
        problems.add(
            Messages.annotationProblem(
                where, label, "error = \"" + annotation.error() + "\"", e.getMessage()));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new EventSpec(
        annotation.type(),
        annotation.severity(),
        component(annotation, binder),
        annotation.on(),
        when,
        payload,
        metadata,
        error);
  }

  private String component(Declaration annotation, Binder binder) {
    if (!annotation.component().isBlank()) {
      return annotation.component();
    }
    if (!defaultComponent.isBlank()) {
      return defaultComponent;
    }
    return binder.shape().declaringType().getSimpleName().toLowerCase(Locale.ROOT);
  }

  /** {@code @EventField} parameters: payload field to parameter root. */
  private static Map<String, String> fieldParameters(
      MethodDescription method, MethodDescription source) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (MethodDescription m : List.of(source, method)) {
      for (ParameterDescription parameter : m.getParameters()) {
        if (parameter.getDeclaredAnnotations().isAnnotationPresent(EventField.class)) {
          String field =
              parameter
                  .getDeclaredAnnotations()
                  .ofType(EventField.class)
                  .getValue("value")
                  .resolve(String.class);
          fields.put(field, "arg" + parameter.getIndex());
        }
      }
    }
    return fields;
  }

  private static MethodShape shape(
      TypeDescription type, MethodDescription method, MethodDescription source, Phase phase) {
    List<String> names = new ArrayList<>();
    List<TypeDescription> types = new ArrayList<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      ParameterDescription own = method.getParameters().get(i);
      ParameterDescription declared = source.getParameters().get(i);
      // Expressions were written against the annotated method's parameter names.
      names.add(declared.isNamed() ? declared.getName() : own.isNamed() ? own.getName() : null);
      types.add(own.getType().asErasure());
    }
    return new MethodShape(type, method.isStatic(), names, types, resultType(method), phase);
  }

  private static TypeDescription resultType(MethodDescription method) {
    TypeDescription.Generic returned = method.getReturnType();
    if (returned.represents(void.class)) {
      return null;
    }
    if (returned.asErasure().isAssignableTo(CompletionStage.class)) {
      if (returned.getSort().isParameterized() && returned.getTypeArguments().size() == 1) {
        TypeDescription.Generic value = returned.getTypeArguments().get(0);
        if (value.getSort().isNonGeneric() || value.getSort().isParameterized()) {
          return value.asErasure();
        }
      }
      return TypeDescription.ForLoadedType.of(Object.class);
    }
    return returned.asErasure();
  }

  private static String[] split(String binding) {
    int eq = binding.indexOf('=');
    if (eq <= 0 || binding.startsWith("=", eq + 1)) {
      return null;
    }
    String key = binding.substring(0, eq).trim();
    String expression = binding.substring(eq + 1).trim();
    if (key.isEmpty() || expression.isEmpty()) {
      return null;
    }
    return new String[] {key, expression};
  }
}
