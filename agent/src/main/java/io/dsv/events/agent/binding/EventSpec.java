package io.dsv.events.agent.binding;

import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Phase;
import io.dsv.events.annotations.Severity;
import io.dsv.events.runtime.model.Event;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * One {@code @EmitsEvent} of one woven method, compiled: everything needed to build its event from
 * a call, nothing left to parse or look up.
 *
 * @param type the event type
 * @param severity the severity
 * @param component the component name
 * @param phase when it fires
 * @param when the condition, or {@code null} for always
 * @param payload the payload field bindings
 * @param metadata the metadata bindings
 * @param error the error text binding, or {@code null}
 */
public record EventSpec(
    EventType type,
    Severity severity,
    String component,
    Phase phase,
    Binding when,
    List<FieldBinding> payload,
    List<LabelBinding> metadata,
    Binding error) {

  /**
   * A payload field bound to an expression.
   *
   * @param field the field
   * @param binding its value
   */
  public record FieldBinding(WireField field, Binding binding) {}

  /**
   * A metadata label bound to an expression.
   *
   * @param key the label
   * @param binding its value
   */
  public record LabelBinding(String key, Binding binding) {}

  /** Copies the lists. */
  public EventSpec {
    payload = List.copyOf(payload);
    metadata = List.copyOf(metadata);
  }

  /**
   * Whether the event fires for this call. A condition that fails to evaluate counts as a binding
   * failure, and the event does not fire.
   *
   * @param frame the call
   * @param failures told about anything that went wrong
   * @return whether to build the event
   */
  public boolean fires(Frame frame, Consumer<Throwable> failures) {
    if (when == null) {
      return true;
    }
    try {
      return Binder.truthy(when.evaluate(frame));
    } catch (Throwable failure) {
      failures.accept(failure);
      return false;
    }
  }

  /**
   * Builds the event for one call. A binding that fails leaves its field empty and is reported; the
   * event is still built.
   *
   * @param frame the call
   * @param failures told about each binding that failed
   * @return the event
   */
  public Event build(Frame frame, Consumer<Throwable> failures) {
    PayloadSchema schema = PayloadSchema.of(type);
    Object[] values = schema.emptyValues();
    for (FieldBinding field : payload) {
      try {
        values[field.field().index()] =
            Conversions.convert(field.binding().evaluate(frame), field.field().kind());
      } catch (Throwable failure) {
        failures.accept(failure);
      }
    }
    for (String name : schema.fieldNames()) {
      WireField field = schema.field(name).orElseThrow();
      if (field.kind() == WireField.Kind.TIME && values[field.index()] == null) {
        values[field.index()] = Instant.now(); // e.g. last_activity: as the Go helper does
      }
    }
    Event.Builder event =
        Event.builder(type).severity(severity).component(component).payload(schema.build(values));
    for (LabelBinding label : metadata) {
      try {
        Object value = label.binding().evaluate(frame);
        if (value != null) {
          event.metadata(label.key(), value.toString());
        }
      } catch (Throwable failure) {
        failures.accept(failure);
      }
    }
    event.error(errorText(frame, failures));
    return event.build();
  }

  private String errorText(Frame frame, Consumer<Throwable> failures) {
    if (error != null) {
      try {
        Object value = error.evaluate(frame);
        return value == null ? "" : value.toString();
      } catch (Throwable failure) {
        failures.accept(failure);
        return "";
      }
    }
    Throwable thrown = frame.exception();
    if (phase == Phase.EXCEPTION && thrown != null) {
      return thrown.getMessage() != null ? thrown.getMessage() : thrown.getClass().getName();
    }
    return "";
  }
}
