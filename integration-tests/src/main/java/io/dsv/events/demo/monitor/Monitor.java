package io.dsv.events.demo.monitor;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EventField;
import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Phase;
import io.dsv.events.annotations.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The demo monitor: queue depths, submission windows, workers, aggregation and streams. */
public class Monitor implements WorkerWatch {
  private long lastDepth;

  /**
   * Samples a queue's depth.
   *
   * @param queue the queue
   * @param depth its depth now
   * @return the depth before
   */
  @EmitsEvent(
      type = EventType.QUEUE_DEPTH_CHANGED,
      when = "depth != result",
      payload = {
        "queue_name = queue",
        "current_depth = depth",
        "previous_depth = result",
        "delta = depth",
        "alert_level = 'normal'"
      })
  public long sampleQueue(String queue, long depth) {
    long previous = lastDepth;
    lastDepth = depth;
    return previous;
  }

  /**
   * Opens the submission window of an epoch.
   *
   * @param epochId the epoch
   * @param openedAt when
   */
  @EmitsEvent(
      type = EventType.WINDOW_OPENED,
      payload = {"status = 'open'", "opened_at = openedAt"})
  public void openWindow(@EventField("epoch_id") String epochId, Instant openedAt) {}

  /**
   * Closes the window.
   *
   * @param window the window
   */
  @EmitsEvent(
      type = EventType.WINDOW_CLOSED,
      payload = {
        "epoch_id = window.epochId",
        "status = 'closed'",
        "closed_at = window.closedAt",
        "duration = window.openFor",
        "submissions_count = window.submissions"
      })
  public void closeWindow(Window window) {}

  /**
   * Aggregates an epoch at one level.
   *
   * @param epochId the epoch
   * @param level 1 or 2
   * @param validators the validators taking part
   * @return whether consensus was reached
   */
  @EmitsEvent(
      type = EventType.AGGREGATION_LEVEL1_STARTED,
      on = Phase.ENTRY,
      when = "level == 1",
      payload = {"epoch_id = epochId", "level = level"})
  @EmitsEvent(
      type = EventType.AGGREGATION_LEVEL1_COMPLETED,
      when = "level == 1",
      payload = {"epoch_id = epochId", "level = level", "duration_ms = elapsedMs"})
  @EmitsEvent(
      type = EventType.AGGREGATION_LEVEL2_STARTED,
      on = Phase.ENTRY,
      when = "level == 2",
      payload = {"epoch_id = epochId", "level = level", "validator_ids = validators"})
  @EmitsEvent(
      type = EventType.AGGREGATION_LEVEL2_COMPLETED,
      when = "level == 2",
      payload = {
        "epoch_id = epochId",
        "level = level",
        "validator_ids = validators",
        "validator_count = validators.size",
        "consensus_reached = result"
      })
  public boolean aggregate(String epochId, int level, List<String> validators) {
    return validators.size() > 1;
  }

  /**
   * Receives a batch from another validator.
   *
   * @param batch the batch
   */
  @EmitsEvent(
      type = EventType.VALIDATOR_BATCH_RECEIVED,
      payload = {
        "validator_id = batch.validatorId",
        "epoch_id = batch.epochId",
        "batch_cid = batch.cid",
        "project_count = batch.projectCount",
        "received_at = batch.receivedAt"
      })
  public void receiveBatch(RemoteBatch batch) {}

  /**
   * Starts finalizing an epoch's batch.
   *
   * @param epochId the epoch
   * @param projectIds the projects in it
   */
  @EmitsEvent(
      type = EventType.FINALIZATION_STARTED,
      payload = {
        "epoch_id = epochId",
        "project_ids = projectIds",
        "project_count = projectIds.length"
      })
  public void startFinalization(String epochId, String[] projectIds) {}

  /**
   * Checks a Redis stream.
   *
   * @param key the stream
   * @param entries its length
   * @param group the consumer group
   */
  @EmitsEvent(
      type = EventType.STREAM_HEALTH,
      severity = Severity.DEBUG,
      payload = {"stream_key = key", "stream_entries = entries", "consumer_group = group"})
  public static void checkStream(String key, long entries, String group) {}

  /**
   * Trims a Redis stream.
   *
   * @param key the stream
   * @param trimmed entries removed
   * @param remaining entries left
   */
  @EmitsEvent(
      type = EventType.STREAM_CLEANUP,
      payload = {"stream_key = key", "trimmed_entries = trimmed", "remaining_entries = remaining"})
  public void trimStream(String key, int trimmed, int remaining) {}

  /**
   * A closed window.
   *
   * @param epochId the epoch
   * @param closedAt when it closed
   * @param openFor how long it was open
   * @param submissions how many submissions it saw
   */
  public record Window(String epochId, Instant closedAt, Duration openFor, int submissions) {}

  /** A batch another validator sent: a nested class with public fields. */
  public static final class RemoteBatch {
    /** The sending validator. */
    public final String validatorId;

    /** The epoch. */
    public final String epochId;

    /** The batch's content id. */
    public final String cid;

    /** Projects in the batch. */
    public final int projectCount;

    /** When it arrived, unix seconds. */
    public final long receivedAt;

    /**
     * @param validatorId the sending validator
     * @param epochId the epoch
     * @param cid the batch's content id
     * @param projectCount projects in the batch
     * @param receivedAt when it arrived, unix seconds
     */
    public RemoteBatch(
        String validatorId, String epochId, String cid, int projectCount, long receivedAt) {
      this.validatorId = validatorId;
      this.epochId = epochId;
      this.cid = cid;
      this.projectCount = projectCount;
      this.receivedAt = receivedAt;
    }
  }
}
