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
    Values values = new Values(annotation);
    return new Declaration(
        values.constant("type", EventType.class),
        values.constant("severity", Severity.class),
        values.text("component"),
        values.constant("on", Phase.class),
        values.text("when"),
        values.texts("payload"),
        values.texts("metadata"),
        values.text("error"));
  }

  /**
   * One annotation's values, by its type's own description of its properties (from the class files,
   * like the annotation): defaults are read there too, with no reflection on the annotation type
   * and so no JDK proxy for it.
   */
  private static final class Values {
    private final AnnotationDescription annotation;
    private final Map<String, MethodDescription.InDefinedShape> properties = new HashMap<>();

    Values(AnnotationDescription annotation) {
      this.annotation = annotation;
      for (MethodDescription.InDefinedShape property :
          annotation.getAnnotationType().getDeclaredMethods()) {
        properties.put(property.getName(), property);
      }
    }

    <E extends Enum<E>> E constant(String property, Class<E> type) {
      return value(property).resolve(EnumerationDescription.class).load(type);
    }

    String text(String property) {
      return value(property).resolve(String.class);
    }

    List<String> texts(String property) {
      return List.of(value(property).resolve(String[].class));
    }

    private AnnotationValue<?, ?> value(String property) {
      return annotation.getValue(properties.get(property));
    }
  }
}
