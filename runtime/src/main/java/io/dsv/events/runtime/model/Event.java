package io.dsv.events.runtime.model;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Severity;
import io.dsv.events.runtime.messages.Messages;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One pipeline event: the envelope the Go components read, with its typed payload. Build one with
 * {@link #builder(EventType)} or {@link #of}; read and write the wire JSON with {@link EventJson}.
 *
 * @param id unique event id ({@code evt_...})
 * @param type the event type
 * @param severity how serious it is
 * @param timestamp when it happened
 * @param component the component that produced it; may be {@code ""}
 * @param protocol protocol state identifier; may be {@code ""}
 * @param dataMarket data market address; may be {@code ""}
 * @param sequencerId sequencer / validator id; omitted on the wire when empty
 * @param workerId worker id; omitted when empty
 * @param payload the typed payload, or {@code null}
 * @param epochId copied from the payload; omitted when empty
 * @param submissionId copied from the payload; omitted when empty
 * @param validatorId copied from the payload; omitted when empty
 * @param error error text; omitted when empty
 * @param metadata free-form labels; omitted when empty
 */
@JsonPropertyOrder({
  "id",
  "type",
  "severity",
  "timestamp",
  "component",
  "protocol",
  "data_market",
  "sequencer_id",
  "worker_id",
  "payload",
  "epoch_id",
  "submission_id",
  "validator_id",
  "error",
  "metadata"
})
public record Event(
    @JsonProperty("id") String id,
    @JsonProperty("type") EventType type,
    @JsonProperty("severity") Severity severity,
    @JsonProperty("timestamp") Instant timestamp,
    @JsonProperty("component") String component,
    @JsonProperty("protocol") String protocol,
    @JsonProperty("data_market") String dataMarket,
    @JsonProperty("sequencer_id") @JsonInclude(NON_EMPTY) String sequencerId,
    @JsonProperty("worker_id") @JsonInclude(NON_EMPTY) String workerId,
    @JsonProperty("payload") EventPayload payload,
    @JsonProperty("epoch_id") @JsonInclude(NON_EMPTY) String epochId,
    @JsonProperty("submission_id") @JsonInclude(NON_EMPTY) String submissionId,
    @JsonProperty("validator_id") @JsonInclude(NON_EMPTY) String validatorId,
    @JsonProperty("error") @JsonInclude(NON_EMPTY) String error,
    @JsonProperty("metadata") @JsonInclude(NON_EMPTY) Map<String, String> metadata) {

  /** Checks the required parts and normalises {@code null} texts to {@code ""}. */
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(timestamp, "timestamp");
    severity = severity == null ? Severity.INFO : severity;
    component = Text.orEmpty(component);
    protocol = Text.orEmpty(protocol);
    dataMarket = Text.orEmpty(dataMarket);
    sequencerId = Text.orEmpty(sequencerId);
    workerId = Text.orEmpty(workerId);
    epochId = Text.orEmpty(epochId);
    submissionId = Text.orEmpty(submissionId);
    validatorId = Text.orEmpty(validatorId);
    error = Text.orEmpty(error);
    metadata = Text.orEmpty(metadata);
  }

  /**
   * A new event, now, with a fresh id; envelope ids are copied from the payload.
   *
   * @param type the event type
   * @param severity how serious it is
   * @param component the producing component
   * @param payload the payload, of the record {@link EventPayload#classFor(EventType)} names
   * @return the event
   */
  public static Event of(
      EventType type, Severity severity, String component, EventPayload payload) {
    return builder(type).severity(severity).component(component).payload(payload).build();
  }

  /**
   * Starts an event of the given type.
   *
   * @param type the event type
   * @return a builder; {@link Builder#build()} gives the event its id and time
   */
  public static Builder builder(EventType type) {
    return new Builder(type);
  }

  /**
   * This event with protocol, data market and sequencer id filled in where its own are empty, as
   * the Go emitter does for every emitted event.
   *
   * @param protocol the configured protocol
   * @param dataMarket the configured data market
   * @param sequencerId the configured sequencer id
   * @return this event when nothing changes, else an enriched copy
   */
  public Event enrichedWith(String protocol, String dataMarket, String sequencerId) {
    boolean fillProtocol = this.protocol.isEmpty() && !protocol.isEmpty();
    boolean fillMarket = this.dataMarket.isEmpty() && !dataMarket.isEmpty();
    boolean fillSequencer = this.sequencerId.isEmpty() && !sequencerId.isEmpty();
    if (!fillProtocol && !fillMarket && !fillSequencer) {
      return this;
    }
    return new Event(
        id,
        type,
        severity,
        timestamp,
        component,
        fillProtocol ? protocol : this.protocol,
        fillMarket ? dataMarket : this.dataMarket,
        fillSequencer ? sequencerId : this.sequencerId,
        workerId,
        payload,
        epochId,
        submissionId,
        validatorId,
        error,
        metadata);
  }

  /** Assembles an {@link Event}; not thread-safe, use one per event. */
  public static final class Builder {
    private final EventType type;
    private Severity severity = Severity.INFO;
    private String component = "";
    private String protocol = "";
    private String dataMarket = "";
    private String sequencerId = "";
    private String workerId = "";
    private EventPayload payload;
    private String error = "";
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private Instant timestamp;

    private Builder(EventType type) {
      this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * @param severity how serious the event is
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /**
     * @param component the producing component
     * @return this builder
     */
    public Builder component(String component) {
      this.component = component;
      return this;
    }

    /**
     * @param protocol the protocol state identifier
     * @return this builder
     */
    public Builder protocol(String protocol) {
      this.protocol = protocol;
      return this;
    }

    /**
     * @param dataMarket the data market address
     * @return this builder
     */
    public Builder dataMarket(String dataMarket) {
      this.dataMarket = dataMarket;
      return this;
    }

    /**
     * @param sequencerId the sequencer / validator id
     * @return this builder
     */
    public Builder sequencerId(String sequencerId) {
      this.sequencerId = sequencerId;
      return this;
    }

    /**
     * @param workerId the worker id; when unset, taken from the payload if it has one
     * @return this builder
     */
    public Builder workerId(String workerId) {
      this.workerId = workerId;
      return this;
    }

    /**
     * @param payload the payload, of the record {@link EventPayload#classFor(EventType)} names
     * @return this builder
     * @throws IllegalArgumentException when the payload does not fit the type
     */
    public Builder payload(EventPayload payload) {
      if (payload != null && !EventPayload.classFor(type).isInstance(payload)) {
        throw new IllegalArgumentException(
            Messages.payloadDoesNotFit(type, payload.getClass(), EventPayload.classFor(type)));
      }
      this.payload = payload;
      return this;
    }

    /**
     * @param error error text
     * @return this builder
     */
    public Builder error(String error) {
      this.error = error;
      return this;
    }

    /**
     * @param key a metadata label
     * @param value its value
     * @return this builder
     */
    public Builder metadata(String key, String value) {
      this.metadata.put(key, value);
      return this;
    }

    /**
     * @param timestamp when the event happened; now when unset
     * @return this builder
     */
    public Builder timestamp(Instant timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    /**
     * The event, with a fresh id and its envelope ids copied from the payload.
     *
     * @return the event
     */
    public Event build() {
      Instant time = timestamp == null ? Instant.now() : timestamp;
      EventPayload p = payload;
      return new Event(
          EventIds.next(time),
          type,
          severity,
          time,
          component,
          protocol,
          dataMarket,
          sequencerId,
          orFromPayload(workerId, p == null ? "" : p.workerId()),
          p,
          p == null ? "" : p.epochId(),
          p == null ? "" : p.submissionId(),
          p == null ? "" : p.validatorId(),
          error,
          metadata);
    }

    private static String orFromPayload(String own, String fromPayload) {
      return own == null || own.isEmpty() ? fromPayload : own;
    }
  }
}
