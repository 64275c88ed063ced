package io.dsv.events.agent.binding;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Phase;
import io.dsv.events.annotations.Severity;
import java.util.List;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.enumeration.EnumerationDescription;

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
    return annotation.getValue(property).resolve(EnumerationDescription.class).load(type);
  }

  private static String text(AnnotationDescription annotation, String property) {
    return annotation.getValue(property).resolve(String.class);
  }

  private static List<String> texts(AnnotationDescription annotation, String property) {
    return List.of(annotation.getValue(property).resolve(String[].class));
  }
}
