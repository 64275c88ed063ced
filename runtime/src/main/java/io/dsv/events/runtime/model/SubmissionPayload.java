package io.dsv.events.runtime.model;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;

/**
 * Payload of {@code submission_received}, {@code submission_validated} and {@code
 * submission_rejected}.
 *
 * @param submissionId the submission
 * @param epochId the epoch it belongs to
 * @param projectId the project
 * @param snapshotCid the snapshot's content id
 * @param slotId the slot, an unsigned 64-bit number (use {@link Long#toUnsignedString}); omitted
 *     when 0
 * @param submitterId who submitted; omitted when empty
 * @param reason why it was rejected; omitted when empty
 * @param projectIds projects covered; omitted when empty
 */
public record SubmissionPayload(
    @JsonProperty("submission_id") String submissionId,
    @JsonProperty("epoch_id") String epochId,
    @JsonProperty("project_id") String projectId,
    @JsonProperty("snapshot_cid") String snapshotCid,
    @JsonProperty("slot_id")
        @JsonInclude(NON_DEFAULT)
        @JsonSerialize(using = UnsignedLongJson.Writer.class)
        @JsonDeserialize(using = UnsignedLongJson.Reader.class)
        long slotId,
    @JsonProperty("submitter_id") @JsonInclude(NON_DEFAULT) String submitterId,
    @JsonProperty("reason") @JsonInclude(NON_DEFAULT) String reason,
    @JsonProperty("project_ids") @JsonInclude(NON_DEFAULT) List<String> projectIds)
    implements EventPayload {

  /** Normalises {@code null} texts to {@code ""} and copies the list. */
  public SubmissionPayload {
    submissionId = Text.orEmpty(submissionId);
    epochId = Text.orEmpty(epochId);
    projectId = Text.orEmpty(projectId);
    snapshotCid = Text.orEmpty(snapshotCid);
    submitterId = Text.orEmpty(submitterId);
    reason = Text.orEmpty(reason);
    projectIds = Text.orEmpty(projectIds);
  }

  /**
   * The four fields every submission event carries.
   *
   * @param submissionId the submission
   * @param epochId the epoch
   * @param projectId the project
   * @param snapshotCid the snapshot's content id
   * @return a payload with the optional fields empty
   */
  public static SubmissionPayload of(
      String submissionId, String epochId, String projectId, String snapshotCid) {
    return new SubmissionPayload(submissionId, epochId, projectId, snapshotCid, 0, "", "", null);
  }
}
