package io.dsv.events.agent.binding;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.model.EventPayload;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The payload fields of each event type, read from the runtime's payload records, and how to build
 * a payload from field values. A field's wire name is its record component's name in snake case,
 * which is what every record's {@code @JsonProperty} says (a test holds the two together); reading
 * the annotations instead would make the JDK build a proxy class for each annotation type the
 * records carry, at the application's start.
 */
public final class PayloadSchema {
  private static final Map<EventType, PayloadSchema> SCHEMAS = new EnumMap<>(EventType.class);

  static {
    for (EventType type : EventType.values()) {
      SCHEMAS.put(type, new PayloadSchema(type, EventPayload.classFor(type)));
    }
  }

  private final EventType type;
  private final Map<String, WireField> fields = new LinkedHashMap<>();
  private final Object[] defaults;

  private PayloadSchema(EventType type, Class<? extends EventPayload> record) {
    this.type = type;
    RecordComponent[] components = record.getRecordComponents();
    defaults = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      defaults[i] = defaultOf(component.getType());
      String name = snakeCase(component.getName());
      fields.put(name, WireField.of(name, component, i));
    }
  }

  /**
   * The schema of a type.
   *
   * @param type the event type
   * @return its payload schema
   */
  public static PayloadSchema of(EventType type) {
    return SCHEMAS.get(type);
  }

  /**
   * A field by its wire name.
   *
   * @param name e.g. {@code epoch_id}
   * @return the field, if the type has it
   */
  public Optional<WireField> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /**
   * The wire names, in the contract's order.
   *
   * @return the names
   */
  public List<String> fieldNames() {
    return new ArrayList<>(fields.keySet());
  }

  /**
   * A fresh array of each field's empty value, by component index.
   *
   * @return the values
   */
  public Object[] emptyValues() {
    return defaults.clone();
  }

  /**
   * Builds the payload record.
   *
   * @param values gives each field's value by component index
   * @param frame the call the values are taken from
   * @return the payload
   */
  EventPayload build(FieldValues values, Frame frame) {
    return PayloadConstructors.create(type, values, frame);
  }

  /** {@code slotId} → {@code slot_id}. */
  static String snakeCase(String javaName) {
    StringBuilder wire = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        wire.append('_').append(Character.toLowerCase(c));
      } else {
        wire.append(c);
      }
    }
    return wire.toString();
  }

  private static Object defaultOf(Class<?> type) {
    if (type == long.class) {
      return 0L;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == String.class) {
      return "";
    }
    if (type == List.class) {
      return List.of();
    }
    if (type == Instant.class) {
      return null; // the record fills in Go's zero time
    }
    return null;
  }
}
