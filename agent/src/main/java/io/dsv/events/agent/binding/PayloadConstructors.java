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
import java.time.Instant;
import java.util.List;

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
              s(values, frame, 0), l(values, frame, 1), l(values, frame, 2), l(values, frame, 3));
      case SUBMISSION_RECEIVED, SUBMISSION_VALIDATED, SUBMISSION_REJECTED ->
          new SubmissionPayload(
              s(values, frame, 0),
              s(values, frame, 1),
              s(values, frame, 2),
              s(values, frame, 3),
              l(values, frame, 4),
              s(values, frame, 5),
              s(values, frame, 6),
              list(values, frame, 7));
      case WINDOW_OPENED, WINDOW_CLOSED ->
          new WindowPayload(
              s(values, frame, 0),
              s(values, frame, 1),
              l(values, frame, 2),
              l(values, frame, 3),
              l(values, frame, 4),
              l(values, frame, 5));
      case FINALIZATION_STARTED, FINALIZATION_COMPLETED, PART_COMPLETED ->
          new FinalizationPayload(
              s(values, frame, 0),
              l(values, frame, 1),
              l(values, frame, 2),
              l(values, frame, 3),
              l(values, frame, 4),
              s(values, frame, 5),
              list(values, frame, 6),
              l(values, frame, 7));
      case AGGREGATION_LEVEL1_STARTED,
          AGGREGATION_LEVEL1_COMPLETED,
          AGGREGATION_LEVEL2_STARTED,
          AGGREGATION_LEVEL2_COMPLETED ->
          new AggregationPayload(
              s(values, frame, 0),
              l(values, frame, 1),
              l(values, frame, 2),
              l(values, frame, 3),
              l(values, frame, 4),
              bool(values, frame, 5),
              l(values, frame, 6),
              list(values, frame, 7));
      case VALIDATOR_BATCH_RECEIVED ->
          new ValidatorBatchPayload(
              s(values, frame, 0),
              s(values, frame, 1),
              s(values, frame, 2),
              l(values, frame, 3),
              l(values, frame, 4));
      case IPFS_STORAGE_COMPLETED ->
          new StoragePayload(
              s(values, frame, 0),
              l(values, frame, 1),
              s(values, frame, 2),
              s(values, frame, 3),
              l(values, frame, 4));
      case QUEUE_DEPTH_CHANGED ->
          new QueueDepthPayload(
              s(values, frame, 0),
              l(values, frame, 1),
              l(values, frame, 2),
              l(values, frame, 3),
              l(values, frame, 4),
              s(values, frame, 5));
      case STREAM_HEALTH, STREAM_CLEANUP ->
          new StreamPayload(
              s(values, frame, 0),
              l(values, frame, 1),
              l(values, frame, 2),
              l(values, frame, 3),
              s(values, frame, 4),
              l(values, frame, 5),
              l(values, frame, 6),
              s(values, frame, 7));
      case WORKER_STATUS_CHANGED ->
          new WorkerStatusPayload(
              s(values, frame, 0),
              s(values, frame, 1),
              s(values, frame, 2),
              s(values, frame, 3),
              l(values, frame, 4),
              time(values, frame, 5),
              l(values, frame, 6),
              l(values, frame, 7));
    };
  }

  private static String s(FieldValues values, Frame frame, int index) {
    return (String) values.value(index, frame);
  }

  private static long l(FieldValues values, Frame frame, int index) {
    return (Long) values.value(index, frame);
  }

  private static boolean bool(FieldValues values, Frame frame, int index) {
    return (Boolean) values.value(index, frame);
  }

  private static Instant time(FieldValues values, Frame frame, int index) {
    return (Instant) values.value(index, frame);
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(FieldValues values, Frame frame, int index) {
    return (List<String>) values.value(index, frame);
  }
}
