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
 */
public final class EventSpec {
  private final EventType type;
  private final Severity severity;
  private final String component;
  private final Phase phase;
  private final Binding when;
  private final FieldBinding[] payload;
  private final LabelBinding[] metadata;
  private final Binding error;
  private final PayloadSchema schema;
  private final int[] unboundTimeFields;

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

  /**
   * @param type the event type
   * @param severity the severity
   * @param component the component name
   * @param phase when it fires
   * @param when the condition, or {@code null} for always
   * @param payload the payload field bindings
   * @param metadata the metadata bindings
   * @param error the error text binding, or {@code null}
   */
  public EventSpec(
      EventType type,
      Severity severity,
      String component,
      Phase phase,
      Binding when,
      List<FieldBinding> payload,
      List<LabelBinding> metadata,
      Binding error) {
    this.type = type;
    this.severity = severity;
    this.component = component;
    this.phase = phase;
    this.when = when;
    this.payload = payload.toArray(FieldBinding[]::new);
    this.metadata = metadata.toArray(LabelBinding[]::new);
    this.error = error;
    this.schema = PayloadSchema.of(type);
    // Time fields nobody binds get "now", as the Go helpers fill last_activity.
    this.unboundTimeFields =
        schema.fieldNames().stream()
            .map(name -> schema.field(name).orElseThrow())
            .filter(field -> field.kind() == WireField.Kind.TIME)
            .filter(field -> payload.stream().noneMatch(b -> b.field().equals(field)))
            .mapToInt(WireField::index)
            .toArray();
  }

  /**
   * @return the event type
   */
  public EventType type() {
    return type;
  }

  /**
   * @return when the event fires
   */
  public Phase phase() {
    return phase;
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
    Object[] values = schema.emptyValues();
    for (FieldBinding field : payload) {
      try {
        values[field.field().index()] =
            Conversions.convert(field.binding().evaluate(frame), field.field().kind());
      } catch (Throwable failure) {
        failures.accept(failure);
      }
    }
    for (int index : unboundTimeFields) {
      values[index] = Instant.now();
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
