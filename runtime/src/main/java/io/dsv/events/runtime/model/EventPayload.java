package io.dsv.events.runtime.model;

import io.dsv.events.annotations.EventType;

/**
 * The typed payload of an {@link Event}; one record per channel category, each serialised exactly
 * as the Go events package writes it.
 *
 * <p>The identifying accessors below let the envelope copy {@code epoch_id}, {@code submission_id},
 * {@code validator_id} and {@code worker_id} from whichever payload has them.
 */
public sealed interface EventPayload
    permits EpochPayload,
        SubmissionPayload,
        WindowPayload,
        FinalizationPayload,
        AggregationPayload,
        ValidatorBatchPayload,
        StoragePayload,
        QueueDepthPayload,
        StreamPayload,
        WorkerStatusPayload {

  /**
   * The payload's epoch id.
   *
   * @return the epoch id, or {@code ""} when this payload has none
   */
  default String epochId() {
    return "";
  }

  /**
   * The payload's submission id.
   *
   * @return the submission id, or {@code ""} when this payload has none
   */
  default String submissionId() {
    return "";
  }

  /**
   * The payload's validator id.
   *
   * @return the validator id, or {@code ""} when this payload has none
   */
  default String validatorId() {
    return "";
  }

  /**
   * The payload's worker id.
   *
   * @return the worker id, or {@code ""} when this payload has none
   */
  default String workerId() {
    return "";
  }

  /**
   * The payload record that events of a type carry.
   *
   * @param type an event type
   * @return the record class its payload is read into
   */
  static Class<? extends EventPayload> classFor(EventType type) {
    return switch (type) {
      case EPOCH_STARTED, EPOCH_COMPLETED -> EpochPayload.class;
      case SUBMISSION_RECEIVED, SUBMISSION_VALIDATED, SUBMISSION_REJECTED ->
          SubmissionPayload.class;
      case WINDOW_OPENED, WINDOW_CLOSED -> WindowPayload.class;
      case FINALIZATION_STARTED, FINALIZATION_COMPLETED, PART_COMPLETED ->
          FinalizationPayload.class;
      case AGGREGATION_LEVEL1_STARTED,
          AGGREGATION_LEVEL1_COMPLETED,
          AGGREGATION_LEVEL2_STARTED,
          AGGREGATION_LEVEL2_COMPLETED ->
          AggregationPayload.class;
      case VALIDATOR_BATCH_RECEIVED -> ValidatorBatchPayload.class;
      case IPFS_STORAGE_COMPLETED -> StoragePayload.class;
      case QUEUE_DEPTH_CHANGED -> QueueDepthPayload.class;
      case STREAM_HEALTH, STREAM_CLEANUP -> StreamPayload.class;
      case WORKER_STATUS_CHANGED -> WorkerStatusPayload.class;
    };
  }
}
