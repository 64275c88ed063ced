package io.dsv.events.runtime.testing;

import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Severity;
import io.dsv.events.runtime.model.AggregationPayload;
import io.dsv.events.runtime.model.EpochPayload;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.EventPayload;
import io.dsv.events.runtime.model.FinalizationPayload;
import io.dsv.events.runtime.model.QueueDepthPayload;
import io.dsv.events.runtime.model.StoragePayload;
import io.dsv.events.runtime.model.StreamPayload;
import io.dsv.events.runtime.model.SubmissionPayload;
import io.dsv.events.runtime.model.ValidatorBatchPayload;
import io.dsv.events.runtime.model.WindowPayload;
import io.dsv.events.runtime.model.WorkerStatusPayload;
import java.time.Instant;
import java.util.List;

/** Events of every type with every payload field set, for tests. */
public final class SampleEvents {
  /** The time sample events carry. */
  public static final Instant TIME = Instant.parse("2026-12-04T19:00:00.123456789Z");

  private SampleEvents() {}

  /**
   * A payload of the type's record with every field set to a non-zero value.
   *
   * @param type the event type
   * @return the payload
   */
  public static EventPayload fullPayload(EventType type) {
    List<String> ids = List.of("a", "b");
    return switch (type) {
      case EPOCH_STARTED, EPOCH_COMPLETED -> new EpochPayload("e1", 10, 20, 30);
      case SUBMISSION_RECEIVED, SUBMISSION_VALIDATED, SUBMISSION_REJECTED ->
          new SubmissionPayload("s1", "e1", "p1", "cid1", 7, "node1", "bad", ids);
      case WINDOW_OPENED, WINDOW_CLOSED -> new WindowPayload("e1", "open", 1, 2, 3, 4);
      case FINALIZATION_STARTED, FINALIZATION_COMPLETED, PART_COMPLETED ->
          new FinalizationPayload("e1", 1, 2, 3, 4, "root", ids, 5);
      case AGGREGATION_LEVEL1_STARTED,
          AGGREGATION_LEVEL1_COMPLETED,
          AGGREGATION_LEVEL2_STARTED,
          AGGREGATION_LEVEL2_COMPLETED ->
          new AggregationPayload("e1", 2, 1, 2, 3, true, 4, ids);
      case VALIDATOR_BATCH_RECEIVED -> new ValidatorBatchPayload("v1", "e1", "bcid", 3, 99);
      case IPFS_STORAGE_COMPLETED -> new StoragePayload("cid", 5, "batch", "e1", 6);
      case QUEUE_DEPTH_CHANGED -> new QueueDepthPayload("q", 10, 4, 6, 8, "warning");
      case STREAM_HEALTH, STREAM_CLEANUP ->
          new StreamPayload("stream", 1, 2, 3, "1-0", 4, 5, "group");
      case WORKER_STATUS_CHANGED ->
          new WorkerStatusPayload("finalizer", "w1", "idle", "busy", 1, TIME, 2, 3);
    };
  }

  /**
   * An event of the type with a full payload and every envelope field set.
   *
   * @param type the event type
   * @return the event
   */
  public static Event fullEvent(EventType type) {
    return Event.builder(type)
        .severity(Severity.WARNING)
        .component("dequeuer")
        .protocol("prost_1b")
        .dataMarket("0xabc")
        .sequencerId("seq-1")
        .payload(fullPayload(type))
        .error("boom")
        .metadata("host", "n1")
        .timestamp(TIME)
        .build();
  }

  /**
   * A submission event whose JSON is about {@code bytes} long (the padding goes in {@code reason}).
   *
   * @param bytes the wanted size
   * @return the event
   */
  public static Event ofSize(int bytes) {
    Event base =
        Event.of(
            EventType.SUBMISSION_REJECTED,
            Severity.WARNING,
            "dequeuer",
            new SubmissionPayload("sub_1", "epoch_1", "project_1", "bafy", 1, "", "", null));
    int padding =
        Math.max(0, bytes - io.dsv.events.runtime.model.EventJson.write(base).length - 12);
    return Event.of(
        EventType.SUBMISSION_REJECTED,
        Severity.WARNING,
        "dequeuer",
        new SubmissionPayload(
            "sub_1", "epoch_1", "project_1", "bafy", 1, "", "x".repeat(padding), null));
  }
}
