package io.dsv.events.agent.binding;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.model.AggregationPayload;
import io.dsv.events.runtime.model.EpochPayload;
import io.dsv.events.runtime.model.EventPayload;
import io.dsv.events.runtime.model.FinalizationPayload;
import io.dsv.events.runtime.model.QueueDepthPayload;
import io.dsv.events.runtime.model.StoragePayload;
import io.dsv.events.runtime.model.StreamPayload;
import io.dsv.events.runtime.model.SubmissionPayload;
import io.dsv.events.runtime.model.ValidatorBatchPayload;
import io.dsv.events.runtime.model.WindowPayload;
import io.dsv.events.runtime.model.WorkerStatusPayload;

/**
 * Calls the payload records' constructors directly: on the per-call path a plain constructor call
 * beats a method handle held in a field, which the JIT cannot inline. Each argument is asked of a
 * {@link FieldValues} by its component index, as {@link PayloadSchema} lays them out, so a call
 * fills no intermediate array; {@code PayloadConstructorsTest} checks every type.
 */
final class PayloadConstructors {
  private PayloadConstructors() {}

  static EventPayload create(EventType type, FieldValues values, Frame frame) {
    return switch (type) {
      case EPOCH_STARTED, EPOCH_COMPLETED ->
          new EpochPayload(
              arg(values, frame, 0),
              arg(values, frame, 1),
              arg(values, frame, 2),
              arg(values, frame, 3));
      case SUBMISSION_RECEIVED, SUBMISSION_VALIDATED, SUBMISSION_REJECTED ->
          new SubmissionPayload(
              arg(values, frame, 0),
              arg(values, frame, 1),
              arg(values, frame, 2),
              arg(values, frame, 3),
              arg(values, frame, 4),
              arg(values, frame, 5),
              arg(values, frame, 6),
              arg(values, frame, 7));
      case WINDOW_OPENED, WINDOW_CLOSED ->
          new WindowPayload(
              arg(values, frame, 0),
              arg(values, frame, 1),
              arg(values, frame, 2),
              arg(values, frame, 3),
              arg(values, frame, 4),
              arg(values, frame, 5));
      case FINALIZATION_STARTED, FINALIZATION_COMPLETED, PART_COMPLETED ->
          new FinalizationPayload(
              arg(values, frame, 0),
              arg(values, frame, 1),
              arg(values, frame, 2),
              arg(values, frame, 3),
              arg(values, frame, 4),
              arg(values, frame, 5),
              arg(values, frame, 6),
              arg(values, frame, 7));
      case AGGREGATION_LEVEL1_STARTED,
          AGGREGATION_LEVEL1_COMPLETED,
          AGGREGATION_LEVEL2_STARTED,
          AGGREGATION_LEVEL2_COMPLETED ->
          new AggregationPayload(
              arg(values, frame, 0),
              arg(values, frame, 1),
              arg(values, frame, 2),
              arg(values, frame, 3),
              arg(values, frame, 4),
              arg(values, frame, 5),
              arg(values, frame, 6),
              arg(values, frame, 7));
      case VALIDATOR_BATCH_RECEIVED ->
          new ValidatorBatchPayload(
              arg(values, frame, 0),
              arg(values, frame, 1),
              arg(values, frame, 2),
              arg(values, frame, 3),
              arg(values, frame, 4));
      case IPFS_STORAGE_COMPLETED ->
          new StoragePayload(
              arg(values, frame, 0),
              arg(values, frame, 1),
              arg(values, frame, 2),
              arg(values, frame, 3),
              arg(values, frame, 4));
      case QUEUE_DEPTH_CHANGED ->
          new QueueDepthPayload(
              arg(values, frame, 0),
              arg(values, frame, 1),
              arg(values, frame, 2),
              arg(values, frame, 3),
              arg(values, frame, 4),
              arg(values, frame, 5));
      case STREAM_HEALTH, STREAM_CLEANUP ->
          new StreamPayload(
              arg(values, frame, 0),
              arg(values, frame, 1),
              arg(values, frame, 2),
              arg(values, frame, 3),
              arg(values, frame, 4),
              arg(values, frame, 5),
              arg(values, frame, 6),
              arg(values, frame, 7));
      case WORKER_STATUS_CHANGED ->
          new WorkerStatusPayload(
              arg(values, frame, 0),
              arg(values, frame, 1),
              arg(values, frame, 2),
              arg(values, frame, 3),
              arg(values, frame, 4),
              arg(values, frame, 5),
              arg(values, frame, 6),
              arg(values, frame, 7));
    };
  }

  /** One constructor argument, cast (and unboxed) to the component's type by inference. */
  @SuppressWarnings("unchecked")
  private static <T> T arg(FieldValues values, Frame frame, int index) {
    return (T) values.value(index, frame);
  }
}
