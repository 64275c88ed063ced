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
 * beats a method handle held in a field, which the JIT cannot inline. The values come in component
 * order, as {@link PayloadSchema} lays them out; {@code PayloadConstructorsTest} checks every type.
 */
final class PayloadConstructors {
  private PayloadConstructors() {}

  @SuppressWarnings("unchecked")
  static EventPayload create(EventType type, Object[] v) {
    return switch (type) {
      case EPOCH_STARTED, EPOCH_COMPLETED -> new EpochPayload(s(v[0]), l(v[1]), l(v[2]), l(v[3]));
      case SUBMISSION_RECEIVED, SUBMISSION_VALIDATED, SUBMISSION_REJECTED ->
          new SubmissionPayload(
              s(v[0]), s(v[1]), s(v[2]), s(v[3]), l(v[4]), s(v[5]), s(v[6]), (List<String>) v[7]);
      case WINDOW_OPENED, WINDOW_CLOSED ->
          new WindowPayload(s(v[0]), s(v[1]), l(v[2]), l(v[3]), l(v[4]), l(v[5]));
      case FINALIZATION_STARTED, FINALIZATION_COMPLETED, PART_COMPLETED ->
          new FinalizationPayload(
              s(v[0]), l(v[1]), l(v[2]), l(v[3]), l(v[4]), s(v[5]), (List<String>) v[6], l(v[7]));
      case AGGREGATION_LEVEL1_STARTED,
          AGGREGATION_LEVEL1_COMPLETED,
          AGGREGATION_LEVEL2_STARTED,
          AGGREGATION_LEVEL2_COMPLETED ->
          new AggregationPayload(
              s(v[0]),
              l(v[1]),
              l(v[2]),
              l(v[3]),
              l(v[4]),
              (Boolean) v[5],
              l(v[6]),
              (List<String>) v[7]);
      case VALIDATOR_BATCH_RECEIVED ->
          new ValidatorBatchPayload(s(v[0]), s(v[1]), s(v[2]), l(v[3]), l(v[4]));
      case IPFS_STORAGE_COMPLETED ->
          new StoragePayload(s(v[0]), l(v[1]), s(v[2]), s(v[3]), l(v[4]));
      case QUEUE_DEPTH_CHANGED ->
          new QueueDepthPayload(s(v[0]), l(v[1]), l(v[2]), l(v[3]), l(v[4]), s(v[5]));
      case STREAM_HEALTH, STREAM_CLEANUP ->
          new StreamPayload(s(v[0]), l(v[1]), l(v[2]), l(v[3]), s(v[4]), l(v[5]), l(v[6]), s(v[7]));
      case WORKER_STATUS_CHANGED ->
          new WorkerStatusPayload(
              s(v[0]), s(v[1]), s(v[2]), s(v[3]), l(v[4]), (Instant) v[5], l(v[6]), l(v[7]));
    };
  }

  private static String s(Object value) {
    return (String) value;
  }

  private static long l(Object value) {
    return (Long) value;
  }
}
