package io.dsv.events.runtime.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Severity;
import io.dsv.events.runtime.messages.Messages;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and writes events in the wire format of the Go events package: one JSON object per event,
 * UTF-8, field names and encodings as {@code wire-contract.md} fixes them. Thread-safe.
 */
public final class EventJson {
  private static final ObjectMapper MAPPER = newMapper();
  // Resolves the envelope's serializer once instead of on every write.
  private static final ObjectWriter WRITER = MAPPER.writerFor(Event.class);

  private EventJson() {}

  /**
   * The exact bytes published to Redis (and written by the JSON-lines sink) for an event.
   *
   * @param event the event
   * @return UTF-8 JSON, one object, no trailing newline
   */
  public static byte[] write(Event event) {
    try {
      return WRITER.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      // Only a payload getter could fail here, and records have none that throw.
      throw new IllegalStateException(Messages.cannotWrite(event.type(), e.getMessage()), e);
    }
  }

  /**
   * Parses one wire message, including those the Go side writes; unknown fields are ignored.
   *
   * @param json a UTF-8 JSON object
   * @return the event
   * @throws MalformedEventException when the message is not a readable event
   */
  public static Event read(byte[] json) {
    try {
      return MAPPER.readValue(json, Event.class);
    } catch (IOException | RuntimeException e) {
      throw new MalformedEventException(Messages.malformedEvent(e.getMessage()), e);
    }
  }

  /**
   * Parses one wire message given as text.
   *
   * @param json a JSON object
   * @return the event
   * @throws MalformedEventException when the message is not a readable event
   */
  public static Event read(String json) {
    try {
      return MAPPER.readValue(json, Event.class);
    } catch (IOException | RuntimeException e) {
      throw new MalformedEventException(Messages.malformedEvent(e.getMessage()), e);
    }
  }

  private static ObjectMapper newMapper() {
    SimpleModule wire = new SimpleModule("dsv-events-wire");
    wire.addSerializer(EventType.class, new WireNameWriter<>(EventType.class, EventType::wireName));
    wire.addSerializer(Severity.class, new WireNameWriter<>(Severity.class, Severity::wireName));
    wire.addSerializer(Instant.class, new Rfc3339Writer());
    wire.addDeserializer(Instant.class, new Rfc3339Reader());
    wire.addDeserializer(Event.class, new EnvelopeReader());
    return JsonMapper.builder()
        .addModule(wire)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  /** Writes an enum constant as its wire name. */
  private static final class WireNameWriter<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, String> wireName;

    WireNameWriter(Class<T> type, Function<T, String> wireName) {
      super(type);
      this.wireName = wireName;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(wireName.apply(value));
    }
  }

  /**
   * RFC 3339 in UTC with the fraction's trailing zeros trimmed, byte for byte what Go's {@code
   * time.RFC3339Nano} writes for a UTC time.
   */
  private static final class Rfc3339Writer extends StdSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    Rfc3339Writer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(Rfc3339.format(value));
    }
  }

  /** RFC 3339 with any offset, as Go writes local times. */
  private static final class Rfc3339Reader extends StdDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    Rfc3339Reader() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = parser.getValueAsString();
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        return (Instant) context.handleWeirdStringValue(Instant.class, text, Messages.NOT_RFC3339);
      }
    }
  }

  /** Reads the envelope, choosing the payload record by the envelope's {@code type}. */
  private static final class EnvelopeReader extends StdDeserializer<Event> {
    private static final long serialVersionUID = 1L;

    EnvelopeReader() {
      super(Event.class);
    }

    @Override
    public Event deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode node = context.readTree(parser);
      if (!node.isObject()) {
        throw context.weirdNativeValueException(node, Event.class);
      }
      EventType type = typeOf(node, context);
      return new Event(
          text(node, "id"),
          type,
          Severity.fromWireName(text(node, "severity")).orElse(Severity.INFO),
          timestamp(node, context),
          text(node, "component"),
          text(node, "protocol"),
          text(node, "data_market"),
          text(node, "sequencer_id"),
          text(node, "worker_id"),
          payload(node, type, context),
          text(node, "epoch_id"),
          text(node, "submission_id"),
          text(node, "validator_id"),
          text(node, "error"),
          metadata(node));
    }

    private static EventType typeOf(JsonNode node, DeserializationContext context)
        throws IOException {
      String wireName = text(node, "type");
      Optional<EventType> type = EventType.fromWireName(wireName);
      if (type.isEmpty()) {
        throw context.weirdStringException(
            wireName, EventType.class, Messages.unknownEventType(wireName));
      }
      return type.get();
    }

    private static Instant timestamp(JsonNode node, DeserializationContext context)
        throws IOException {
      JsonNode value = node.get("timestamp");
      if (value == null || value.isNull()) {
        return WorkerStatusPayload.GO_ZERO_TIME;
      }
      return context.readTreeAsValue(value, Instant.class);
    }

    private static EventPayload payload(
        JsonNode node, EventType type, DeserializationContext context) throws IOException {
      JsonNode value = node.get("payload");
      if (value == null || value.isNull()) {
        return null;
      }
      return context.readTreeAsValue(value, EventPayload.classFor(type));
    }

    private static Map<String, String> metadata(JsonNode node) {
      JsonNode value = node.get("metadata");
      Map<String, String> labels = new LinkedHashMap<>();
      if (value != null && value.isObject()) {
        value.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
      }
      return labels;
    }

    private static String text(JsonNode node, String field) {
      JsonNode value = node.get(field);
      return value == null || value.isNull() ? "" : value.asText();
    }
  }
}
