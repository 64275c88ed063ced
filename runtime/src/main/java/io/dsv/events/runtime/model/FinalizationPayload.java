package io.dsv.events.runtime.model;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Payload of {@code finalization_started}, {@code finalization_completed} and {@code
 * part_completed}.
 *
 * @param epochId the epoch
 * @param batchId the batch; omitted when 0
 * @param partId the part; omitted when 0
 * @param totalParts parts in the batch; omitted when 0
 * @param projectCount projects finalized; omitted when 0
 * @param merkleRoot the batch's merkle root; omitted when empty
 * @param projectIds projects finalized; omitted when empty
 * @param durationMs milliseconds; omitted when 0
 */
public record FinalizationPayload(
    @JsonProperty("epoch_id") String epochId,
    @JsonProperty("batch_id") @JsonInclude(NON_DEFAULT) long batchId,
    @JsonProperty("part_id") @JsonInclude(NON_DEFAULT) long partId,
    @JsonProperty("total_parts") @JsonInclude(NON_DEFAULT) long totalParts,
    @JsonProperty("project_count") @JsonInclude(NON_DEFAULT) long projectCount,
    @JsonProperty("merkle_root") @JsonInclude(NON_DEFAULT) String merkleRoot,
    @JsonProperty("project_ids") @JsonInclude(NON_DEFAULT) List<String> projectIds,
    @JsonProperty("duration_ms") @JsonInclude(NON_DEFAULT) long durationMs)
    implements EventPayload {

  /** Normalises {@code null} texts to {@code ""} and copies the list. */
  public FinalizationPayload {
    epochId = Text.orEmpty(epochId);
    merkleRoot = Text.orEmpty(merkleRoot);
    projectIds = Text.orEmpty(projectIds);
  }
}
