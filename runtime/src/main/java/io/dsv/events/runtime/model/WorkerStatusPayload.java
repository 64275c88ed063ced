package io.dsv.events.runtime.model;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * Payload of {@code worker_status_changed}.
 *
 * @param workerType the kind of worker
 * @param workerId the worker
 * @param previousStatus its status before; omitted when empty
 * @param currentStatus its status now
 * @param batchesProcessed batches it processed; omitted when 0
 * @param lastActivity when it was last active, written as an RFC 3339 time
 * @param errorCount errors it had; omitted when 0
 * @param uptimeSeconds seconds it has run; omitted when 0
 */
public record WorkerStatusPayload(
    @JsonProperty("worker_type") String workerType,
    @JsonProperty("worker_id") String workerId,
    @JsonProperty("previous_status") @JsonInclude(NON_DEFAULT) String previousStatus,
    @JsonProperty("current_status") String currentStatus,
    @JsonProperty("batches_processed") @JsonInclude(NON_DEFAULT) long batchesProcessed,
    @JsonProperty("last_activity") Instant lastActivity,
    @JsonProperty("error_count") @JsonInclude(NON_DEFAULT) long errorCount,
    @JsonProperty("uptime_seconds") @JsonInclude(NON_DEFAULT) long uptimeSeconds)
    implements EventPayload {

  /** What Go writes for an unset {@code time.Time}: {@code 0001-01-01T00:00:00Z}. */
  public static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

  /** Normalises {@code null} texts to {@code ""} and a missing time to Go's zero time. */
  public WorkerStatusPayload {
    workerType = Text.orEmpty(workerType);
    workerId = Text.orEmpty(workerId);
    previousStatus = Text.orEmpty(previousStatus);
    currentStatus = Text.orEmpty(currentStatus);
    lastActivity = lastActivity == null ? GO_ZERO_TIME : lastActivity;
  }
}
