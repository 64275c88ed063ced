package io.dsv.events.demo.model;

/** Validates submissions; its annotations apply to every implementation. */
public interface Validation {

  /**
   * Validates a submission.
   *
   * @param sub the submission
   * @return whether it is valid
   */
  @io.dsv.events.annotations.EmitsEvent(
      type = io.dsv.events.annotations.EventType.SUBMISSION_VALIDATED,
      when = "result",
      payload = {
        "submission_id = sub.id",
        "epoch_id = sub.epochId",
        "project_id = sub.projectId",
        "snapshot_cid = sub.cid",
        "slot_id = sub.slotId",
        "project_ids = sub.projects"
      })
  @io.dsv.events.annotations.EmitsEvent(
      type = io.dsv.events.annotations.EventType.SUBMISSION_REJECTED,
      severity = io.dsv.events.annotations.Severity.WARNING,
      when = "!result",
      payload = {
        "submission_id = sub.id",
        "epoch_id = sub.epochId",
        "project_id = sub.projectId",
        "reason = 'invalid signature'"
      },
      error = "'validation failed'")
  boolean validate(Submission sub);
}
