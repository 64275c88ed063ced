package io.dsv.events.runtime.model;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Payload of {@code epoch_started} and {@code epoch_completed}.
 *
 * @param epochId the epoch
 * @param startTime unix seconds; omitted when 0
 * @param endTime unix seconds; omitted when 0
 * @param durationMs milliseconds; omitted when 0
 */
public record EpochPayload(
    @JsonProperty("epoch_id") String epochId,
    @JsonProperty("start_time") @JsonInclude(NON_DEFAULT) long startTime,
    @JsonProperty("end_time") @JsonInclude(NON_DEFAULT) long endTime,
    @JsonProperty("duration_ms") @JsonInclude(NON_DEFAULT) long durationMs)
    implements EventPayload {

  /** Normalises a {@code null} id to {@code ""}. */
  public EpochPayload {
    epochId = Text.orEmpty(epochId);
  }
}
