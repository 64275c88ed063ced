package io.dsv.events.runtime.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.config.Settings;
import io.dsv.events.runtime.messages.Messages;
import io.dsv.events.runtime.metrics.MetricNames;
import io.dsv.events.runtime.metrics.PerTypeCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The wire message of an event, held to {@code dsv.events.max.payload.bytes}: a message that fits
 * is {@link EventJson#write}'s bytes unchanged (the only cost is a length check); a larger one has
 * its longest texts (payload strings, list items, error, metadata values) cut, and lists shortened
 * when cutting texts is not enough, until it fits, and says so in {@code metadata.dsv_truncated}
 * (the original size). Each cut message is counted per type ({@code events.truncated}) and the
 * first of each type reported. Thread-safe.
 */
public final class PayloadLimit {
  /** The metadata key a cut message carries: its size before cutting, in bytes. */
  public static final String TRUNCATED_KEY = "dsv_truncated";

  /**
   * The smallest limit accepted ({@code dsv.events.max.payload.bytes}' too): room for any envelope.
   */
  public static final int MIN_BYTES = 1024;

  private static final int SHORTEST_TEXT = 16;
  private static final String CUT_MARK = "...";
  private static final int MAX_ROUNDS = 10_000;

  private final int maxBytes;
  private final Consumer<String> notices;
  private final PerTypeCounter cut = new PerTypeCounter();
  private final Set<EventType> reported = ConcurrentHashMap.newKeySet();

  /**
   * The default limit, its notices to the platform logger: for publishers and sinks made without
   * {@code DsvEventsRuntime}.
   *
   * @return a limit of {@code dsv.events.max.payload.bytes}' default
   */
  public static PayloadLimit byDefault() {
    System.Logger log = System.getLogger("io.dsv.events");
    return new PayloadLimit(
        Settings.MAX_PAYLOAD_BYTES.defaultValue(),
        message -> log.log(System.Logger.Level.WARNING, Messages.LOG_PREFIX + message));
  }

  /**
   * @param maxBytes the largest message, at least {@value #MIN_BYTES}
   * @param notices where the first cut of each type is reported
   */
  public PayloadLimit(int maxBytes, Consumer<String> notices) {
    if (maxBytes < MIN_BYTES) {
      throw new IllegalArgumentException("maxBytes must be at least " + MIN_BYTES);
    }
    this.maxBytes = maxBytes;
    this.notices = notices;
  }

  /**
   * Registers {@code events.truncated}, tagged by type.
   *
   * @param registry the registry
   * @return this
   */
  public PayloadLimit register(MeterRegistry registry) {
    cut.register(
        registry,
        MetricNames.EVENTS_TRUNCATED,
        "Messages cut to dsv.events.max.payload.bytes",
        Tags.empty());
    return this;
  }

  /**
   * The message for an event, cut to the limit when it is larger.
   *
   * @param event the event
   * @return UTF-8 JSON of at most the limit's size
   */
  public byte[] encode(Event event) {
    byte[] json = EventJson.write(event);
    return json.length <= maxBytes ? json : cut(event.type(), json);
  }

  /**
   * Messages of a type cut so far.
   *
   * @param type the type
   * @return the count
   */
  public long cutCount(EventType type) {
    return cut.of(type);
  }

  private byte[] cut(EventType type, byte[] json) {
    cut.increment(type);
    if (reported.add(type)) {
      notices.accept(Messages.payloadCut(type, json.length, maxBytes));
    }
    try {
      ObjectNode message = (ObjectNode) Tree.MAPPER.readTree(json);
      ObjectNode metadata =
          message.has("metadata")
              ? (ObjectNode) message.get("metadata")
              : message.putObject("metadata");
      metadata.put(TRUNCATED_KEY, String.valueOf(json.length));
      byte[] shrunk = Tree.MAPPER.writeValueAsBytes(message);
      // each round shortens a text or halves a list, so this ends; the bound is a second guard
      for (int round = 0;
          round < MAX_ROUNDS
              && shrunk.length > maxBytes
              && shrinkOnce(message, shrunk.length - maxBytes);
          round++) {
        shrunk = Tree.MAPPER.writeValueAsBytes(message);
      }
      return shrunk;
    } catch (IOException e) { // our own JSON, just written: cannot be unreadable
      throw new IllegalStateException(Messages.cannotWrite(type, e.getMessage()), e);
    }
  }

  /** Cuts the longest text by the excess, else halves the longest list; false when neither can. */
  private static boolean shrinkOnce(ObjectNode message, int excess) {
    Longest longest = new Longest();
    longest.visitMessage(message);
    if (longest.text != null && longest.textLength > SHORTEST_TEXT + CUT_MARK.length()) {
      // cut by the excess in bytes: at least as many characters, so one cut usually suffices
      String text = longest.text.textValue();
      int keep = Math.max(SHORTEST_TEXT, text.length() - excess - CUT_MARK.length());
      if (Character.isHighSurrogate(text.charAt(keep - 1))) {
        keep--;
      }
      longest.replace(new TextNode(text.substring(0, keep) + CUT_MARK));
      return true;
    }
    if (longest.list != null && longest.list.size() > 1) {
      int keep = longest.list.size() / 2;
      while (longest.list.size() > keep) {
        longest.list.remove(longest.list.size() - 1);
      }
      return true;
    }
    return false;
  }

  /** The longest text node (with where it sits) and the longest list, found in one walk. */
  private static final class Longest {
    /** Envelope fields stay whole: readers match and route on them. */
    private static final Set<String> KEPT =
        Set.of("id", "type", "severity", "timestamp", "component", "protocol", "data_market");

    private TextNode text;
    private int textLength;
    private ContainerNode<?> textParent;
    private Object textSlot;
    private ArrayNode list;

    void visitMessage(ObjectNode message) {
      for (Map.Entry<String, JsonNode> field : message.properties()) {
        if (!KEPT.contains(field.getKey())) {
          visit(message, field.getKey(), field.getValue());
        }
      }
    }

    private void visit(ContainerNode<?> parent, Object slot, JsonNode node) {
      if (node instanceof TextNode candidate && candidate.textValue().length() > textLength) {
        text = candidate;
        textLength = candidate.textValue().length();
        textParent = parent;
        textSlot = slot;
      } else if (node instanceof ArrayNode array) {
        if (list == null || array.size() > list.size()) {
          list = array;
        }
        for (int i = 0; i < array.size(); i++) {
          visit(array, i, array.get(i));
        }
      } else if (node instanceof ObjectNode object) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
          visit(object, field.getKey(), field.getValue());
        }
      }
    }

    void replace(TextNode replacement) {
      if (textParent instanceof ObjectNode object) {
        object.set((String) textSlot, replacement);
      } else {
        ((ArrayNode) textParent).set((Integer) textSlot, replacement);
      }
    }
  }

  /** Jackson's tree mapper, loaded only when a message must be cut (it costs start-up time). */
  private static final class Tree {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
}
