package io.dsv.events.demo.dequeuer;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EventField;
import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Phase;
import io.dsv.events.annotations.Severity;
import io.dsv.events.demo.model.Submission;
import io.dsv.events.demo.model.Validation;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The demo dequeuer: receives, validates and rejects submissions. Its business code knows nothing
 * of events; the annotations say what to emit.
 */
public class Dequeuer implements Validation {
  private int received;

  /**
   * Takes a submission off the queue.
   *
   * @param sub the submission
   * @param source where it came from
   */
  @EmitsEvent(
      type = EventType.SUBMISSION_RECEIVED,
      on = Phase.ENTRY,
      payload = {
        "submission_id = sub.id",
        "epoch_id = sub.epochId",
        "project_id = sub.projectId",
        "snapshot_cid = sub.cid",
        "submitter_id = source"
      },
      metadata = {"source = source", "queue = 'submissionQueue'"})
  public void receive(Submission sub, String source) {
    received++;
  }

  /** Checks the submission's signature (the annotations sit on {@link Validation}). */
  @Override
  public boolean validate(Submission sub) {
    return sub.signatureValid();
  }

  /**
   * Starts an epoch.
   *
   * @param epochId the epoch
   */
  @EmitsEvent(type = EventType.EPOCH_STARTED, component = "dequeuer")
  public void startEpoch(@EventField("epoch_id") String epochId) {}

  /**
   * Ends an epoch.
   *
   * @param epochId the epoch
   * @param startedAt when it started, unix seconds
   * @return how many submissions were received
   */
  @EmitsEvent(
      type = EventType.EPOCH_COMPLETED,
      payload = {"start_time = startedAt", "duration_ms = elapsedMs"})
  public int completeEpoch(@EventField("epoch_id") String epochId, long startedAt) {
    return received;
  }

  /**
   * Stores a batch; throws for an empty one.
   *
   * @param cid the batch's content id
   * @param epochId the epoch
   * @param bytes the batch
   * @return the stored size
   */
  @EmitsEvent(
      type = EventType.IPFS_STORAGE_COMPLETED,
      payload = {"cid = cid", "size = result", "type = 'batch'", "epoch_id = epochId"})
  @EmitsEvent(
      type = EventType.SUBMISSION_REJECTED,
      on = Phase.EXCEPTION,
      severity = Severity.ERROR,
      payload = {"epoch_id = epochId", "reason = exception.message"})
  public int store(String cid, String epochId, byte[] bytes) {
    if (bytes.length == 0) {
      throw new IllegalArgumentException("empty batch " + cid);
    }
    return bytes.length;
  }

  /**
   * Finalizes a batch asynchronously.
   *
   * @param epochId the epoch
   * @param parts how many parts
   * @return the merkle root, when done
   */
  @EmitsEvent(
      type = EventType.FINALIZATION_COMPLETED,
      payload = {"epoch_id = epochId", "total_parts = parts", "merkle_root = result"})
  public CompletionStage<String> finalizeBatch(String epochId, int parts) {
    return CompletableFuture.supplyAsync(() -> "0xroot-" + epochId + "-" + parts);
  }

  /**
   * Reports a finished part, with labels from a map.
   *
   * @param labels {@code epoch}, {@code part} and {@code batch} labels
   * @param projects the projects in the part
   */
  @EmitsEvent(
      type = EventType.PART_COMPLETED,
      payload = {
        "epoch_id = labels.epoch",
        "part_id = labels.part",
        "batch_id = labels.batch",
        "project_ids = projects"
      })
  public static void partCompleted(Map<String, String> labels, String... projects) {}
}
