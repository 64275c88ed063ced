package io.dsv.events.runtime.model;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Payload of the four {@code aggregation_level*} events.
 *
 * @param epochId the epoch
 * @param level 1 (local) or 2 (network)
 * @param batchCount batches aggregated; omitted when 0
 * @param validatorCount validators taking part; omitted when 0
 * @param projectCount projects aggregated; omitted when 0
 * @param consensusReached whether consensus was reached; omitted when false
 * @param durationMs milliseconds; omitted when 0
 * @param validatorIds validators taking part; omitted when empty
 */
public record AggregationPayload(
    @JsonProperty("epoch_id") String epochId,
    @JsonProperty("level") long level,
    @JsonProperty("batch_count") @JsonInclude(NON_DEFAULT) long batchCount,
    @JsonProperty("validator_count") @JsonInclude(NON_DEFAULT) long validatorCount,
    @JsonProperty("project_count") @JsonInclude(NON_DEFAULT) long projectCount,
    @JsonProperty("consensus_reached") @JsonInclude(NON_DEFAULT) boolean consensusReached,
    @JsonProperty("duration_ms") @JsonInclude(NON_DEFAULT) long durationMs,
    @JsonProperty("validator_ids") @JsonInclude(NON_DEFAULT) List<String> validatorIds)
    implements EventPayload {

  /** Normalises a {@code null} id to {@code ""} and copies the list. */
  public AggregationPayload {
    epochId = Text.orEmpty(epochId);
    validatorIds = Text.orEmpty(validatorIds);
  }
}
