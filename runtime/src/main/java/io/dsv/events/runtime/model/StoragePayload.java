package io.dsv.events.runtime.model;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Payload of {@code ipfs_storage_completed}.
 *
 * @param cid the stored object's content id
 * @param size bytes; omitted when 0
 * @param type what was stored: {@code batch}, {@code snapshot}, ...
 * @param epochId the epoch; omitted when empty
 * @param durationMs milliseconds; omitted when 0
 */
public record StoragePayload(
    @JsonProperty("cid") String cid,
    @JsonProperty("size") @JsonInclude(NON_DEFAULT) long size,
    @JsonProperty("type") String type,
    @JsonProperty("epoch_id") @JsonInclude(NON_DEFAULT) String epochId,
    @JsonProperty("duration_ms") @JsonInclude(NON_DEFAULT) long durationMs)
    implements EventPayload {

  /** Normalises {@code null} texts to {@code ""}. */
  public StoragePayload {
    cid = Text.orEmpty(cid);
    type = Text.orEmpty(type);
    epochId = Text.orEmpty(epochId);
  }
}
