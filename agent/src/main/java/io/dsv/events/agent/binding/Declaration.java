package io.dsv.events.agent.binding;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Phase;
import io.dsv.events.annotations.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.annotation.AnnotationValue;
import net.bytebuddy.description.enumeration.EnumerationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;

/**
 * What one {@link EmitsEvent} says, read from the class file's description of the annotation rather
 * than from a loaded annotation: loading one makes the JDK build a proxy class for it.
 *
 * @param type the event type
 * @param severity its severity
 * @param component the component, or blank
 * @param on the phase
 * @param when the condition, or blank
 * @param payload the payload bindings
 * @param metadata the metadata bindings
 * @param error the error expression, or blank
 */
record Declaration(
    EventType type,
    Severity severity,
    String component,
    Phase on,
    String when,
    List<String> payload,
    List<String> metadata,
    String error) {

  private static final Map<String, MethodDescription.InDefinedShape> PROPERTIES = properties();

  /**
   * Reads a described {@code @EmitsEvent}, defaults included.
   *
   * @param annotation the description of an {@code @EmitsEvent}
   * @return what it declares
   */
  static Declaration of(AnnotationDescription annotation) {
    return new Declaration(
        constant(annotation, "type", EventType.class),
        constant(annotation, "severity", Severity.class),
        text(annotation, "component"),
        constant(annotation, "on", Phase.class),
        text(annotation, "when"),
        texts(annotation, "payload"),
        texts(annotation, "metadata"),
        text(annotation, "error"));
  }

  private static <E extends Enum<E>> E constant(
      AnnotationDescription annotation, String property, Class<E> type) {
    return value(annotation, property).resolve(EnumerationDescription.class).load(type);
  }

  private static String text(AnnotationDescription annotation, String property) {
    return value(annotation, property).resolve(String.class);
  }

  private static List<String> texts(AnnotationDescription annotation, String property) {
    return List.of(value(annotation, property).resolve(String[].class));
  }

  /** By the property's description, found once: looking it up by name costs a search per read. */
  private static AnnotationValue<?, ?> value(AnnotationDescription annotation, String property) {
    return annotation.getValue(PROPERTIES.get(property));
  }

  private static Map<String, MethodDescription.InDefinedShape> properties() {
    Map<String, MethodDescription.InDefinedShape> byName = new HashMap<>();
    for (MethodDescription.InDefinedShape property :
        TypeDescription.ForLoadedType.of(EmitsEvent.class).getDeclaredMethods()) {
      byName.put(property.getName(), property);
    }
    return byName;
  }
}
