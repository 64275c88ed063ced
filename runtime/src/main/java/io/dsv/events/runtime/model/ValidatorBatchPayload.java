package io.dsv.events.runtime.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Payload of {@code validator_batch_received}.
 *
 * @param validatorId the remote validator
 * @param epochId the epoch
 * @param batchCid the batch's content id
 * @param projectCount projects in the batch
 * @param receivedAt unix seconds
 */
public record ValidatorBatchPayload(
    @JsonProperty("validator_id") String validatorId,
    @JsonProperty("epoch_id") String epochId,
    @JsonProperty("batch_cid") String batchCid,
    @JsonProperty("project_count") long projectCount,
    @JsonProperty("received_at") long receivedAt)
    implements EventPayload {

  /** Normalises {@code null} texts to {@code ""}. */
  public ValidatorBatchPayload {
    validatorId = Text.orEmpty(validatorId);
    epochId = Text.orEmpty(epochId);
    batchCid = Text.orEmpty(batchCid);
  }
}
