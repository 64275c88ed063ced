package io.dsv.events.runtime.model;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Payload of {@code stream_health} and {@code stream_cleanup}.
 *
 * @param streamKey the Redis stream
 * @param streamEntries entries in it; omitted when 0
 * @param pendingMessages pending messages; omitted when 0
 * @param activeConsumers active consumers; omitted when 0
 * @param lastId the last entry id; omitted when empty
 * @param trimmedEntries entries trimmed; omitted when 0
 * @param remainingEntries entries left; omitted when 0
 * @param consumerGroup the consumer group; omitted when empty
 */
public record StreamPayload(
    @JsonProperty("stream_key") String streamKey,
    @JsonProperty("stream_entries") @JsonInclude(NON_DEFAULT) long streamEntries,
    @JsonProperty("pending_messages") @JsonInclude(NON_DEFAULT) long pendingMessages,
    @JsonProperty("active_consumers") @JsonInclude(NON_DEFAULT) long activeConsumers,
    @JsonProperty("last_id") @JsonInclude(NON_DEFAULT) String lastId,
    @JsonProperty("trimmed_entries") @JsonInclude(NON_DEFAULT) long trimmedEntries,
    @JsonProperty("remaining_entries") @JsonInclude(NON_DEFAULT) long remainingEntries,
    @JsonProperty("consumer_group") @JsonInclude(NON_DEFAULT) String consumerGroup)
    implements EventPayload {

  /** Normalises {@code null} texts to {@code ""}. */
  public StreamPayload {
    streamKey = Text.orEmpty(streamKey);
    lastId = Text.orEmpty(lastId);
    consumerGroup = Text.orEmpty(consumerGroup);
  }
}
