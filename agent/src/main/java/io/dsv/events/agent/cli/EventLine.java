package io.dsv.events.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dsv.events.annotations.Severity;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * One readable line per event, as {@code tail} prints it: local time, severity, type, component,
 * epoch, then every payload field that has a value and the error, if any. ANSI colour only when
 * asked (on a terminal).
 */
public final class EventLine {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneId.systemDefault());
  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";
  private static final Map<Severity, String> COLOURS =
      Map.of(
          Severity.DEBUG, "\u001B[90m",
          Severity.INFO, "\u001B[32m",
          Severity.WARNING, "\u001B[33m",
          Severity.ERROR, "\u001B[31m");

  private final boolean colour;

  /**
   * @param colour whether to colour severity and type with ANSI escapes
   */
  public EventLine(boolean colour) {
    this.colour = colour;
  }

  /**
   * The line for an event.
   *
   * @param event the event
   * @return e.g. {@code 19:00:00.123 INFO submission_validated dequeuer epoch_1 submission_id=sub_1
   *     project_id=project_a}
   */
  public String format(Event event) {
    StringBuilder line = new StringBuilder(160);
    line.append(TIME.format(event.timestamp())).append(' ');
    String severity = String.format(Locale.ROOT, "%-7s", event.severity().name());
    line.append(colour ? COLOURS.get(event.severity()) + severity + RESET : severity).append(' ');
    String type = String.format(Locale.ROOT, "%-24s", event.type().wireName());
    line.append(colour ? BOLD + type + RESET : type).append(' ');
    line.append(event.component());
    if (!event.epochId().isEmpty()) {
      line.append(" epoch=").append(event.epochId());
    }
    appendPayload(line, event);
    if (!event.error().isEmpty()) {
      line.append(" error=\"").append(event.error()).append('"');
    }
    return line.toString();
  }

  private static void appendPayload(StringBuilder line, Event event) {
    JsonNode payload = tree(event).path("payload");
    for (Map.Entry<String, JsonNode> field : payload.properties()) {
      if (field.getKey().equals("epoch_id") || field.getValue().isNull()) {
        continue;
      }
      line.append(' ').append(field.getKey()).append('=').append(text(field.getValue()));
    }
  }

  private static String text(JsonNode value) {
    if (value.isArray()) {
      StringBuilder items = new StringBuilder("[");
      value.forEach(item -> items.append(items.length() > 1 ? "," : "").append(item.asText()));
      return items.append(']').toString();
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static JsonNode tree(Event event) {
    try {
      return MAPPER.readTree(EventJson.write(event));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
