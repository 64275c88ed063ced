package io.dsv.events.agent.binding;

import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Phase;
import io.dsv.events.annotations.Severity;
import io.dsv.events.runtime.model.Event;
import java.time.Instant;
import java.util.List;

/**
 * One {@code @EmitsEvent} of one woven method, compiled: everything needed to build its event from
 * a call, nothing left to parse or look up.
 */
public final class EventSpec implements FieldValues {
  private final EventType type;
  private final Severity severity;
  private final String component;
  private final Phase phase;
  private final Binding when;
  private final LabelBinding[] metadata;
  private final Binding error;
  private final PayloadSchema schema;
  // Per payload field, by component index: its binding (null when unbound), kind and empty value.
  private final Binding[] bindingAt;
  private final WireField.Kind[] kindAt;
  private final Object[] emptyAt;

  /**
   * A payload field bound to an expression.
   *
   * @param field the field
   * @param binding its value, converted to the field's wire type ({@link Conversions#converting})
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
    this.metadata = metadata.toArray(LabelBinding[]::new);
    this.error = error;
    this.schema = PayloadSchema.of(type);
    this.emptyAt = schema.emptyValues();
    this.bindingAt = new Binding[emptyAt.length];
    this.kindAt = new WireField.Kind[emptyAt.length];
    for (String name : schema.fieldNames()) {
      WireField field = schema.field(name).orElseThrow();
      kindAt[field.index()] = field.kind();
    }
    for (FieldBinding bound : payload) {
      bindingAt[bound.field().index()] = bound.binding();
    }
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
   * @param frame the call, told about anything that went wrong
   * @return whether to build the event
   */
  public boolean fires(Frame frame) {
    if (when == null) {
      return true;
    }
    try {
      return Binder.truthy(when.evaluate(frame));
    } catch (Throwable failure) {
      frame.failed(failure);
      return false;
    }
  }

  /**
   * Builds the event for one call. A binding that fails leaves its field empty and is reported to
   * the frame; the event is still built.
   *
   * @param frame the call
   * @return the event
   */
  public Event build(Frame frame) {
    Event.Builder event =
        Event.builder(type)
            .severity(severity)
            .component(component)
            .payload(schema.build(this, frame));
    for (LabelBinding label : metadata) {
      try {
        Object value = label.binding().evaluate(frame);
        if (value != null) {
          event.metadata(label.key(), value.toString());
        }
      } catch (Throwable failure) {
        frame.failed(failure);
      }
    }
    event.error(errorText(frame));
    return event.build();
  }

  /**
   * One payload field's value for a call: its binding's value converted, or the field's empty value
   * when unbound or when the binding fails. Time fields nobody binds get "now", as the Go helpers
   * fill {@code last_activity}.
   */
  @Override
  public Object value(int index, Frame frame) {
    Binding binding = bindingAt[index];
    if (binding == null) {
      return kindAt[index] == WireField.Kind.TIME ? Instant.now() : emptyAt[index];
    }
    try {
      return binding.evaluate(frame); // converting: see Conversions.converting
    } catch (Throwable failure) {
      frame.failed(failure);
      return emptyAt[index];
    }
  }

  private String errorText(Frame frame) {
    if (error != null) {
      try {
        Object value = error.evaluate(frame);
        return value == null ? "" : value.toString();
      } catch (Throwable failure) {
        frame.failed(failure);
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
