package io.dsv.events.runtime.model;

import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Severity;
import java.time.Duration;
import java.time.Instant;

/**
 * Ready-made events with the Go package's helper semantics; the emitter's {@code emitXxx} helpers
 * build their events here.
 */
public final class PipelineEvents {
  /** Queue depth above which {@link #queueDepthChanged} reports {@code critical}. */
  public static final long CRITICAL_DEPTH = 1000;

  /** Queue depth above which {@link #queueDepthChanged} reports {@code warning}. */
  public static final long WARNING_DEPTH = 500;

  /** The component of worker status events, as in the Go package. */
  public static final String WORKER_COMPONENT = "worker";

  private PipelineEvents() {}

  /**
   * {@code epoch_started} with {@code start_time} = now.
   *
   * @param component the producing component
   * @param epochId the epoch
   * @return the event
   */
  public static Event epochStarted(String component, String epochId) {
    Instant now = Instant.now();
    return Event.builder(EventType.EPOCH_STARTED)
        .component(component)
        .timestamp(now)
        .payload(new EpochPayload(epochId, now.getEpochSecond(), 0, 0))
        .build();
  }

  /**
   * {@code epoch_completed} with {@code end_time} = now.
   *
   * @param component the producing component
   * @param epochId the epoch
   * @param duration how long the epoch took
   * @return the event
   */
  public static Event epochCompleted(String component, String epochId, Duration duration) {
    Instant now = Instant.now();
    return Event.builder(EventType.EPOCH_COMPLETED)
        .component(component)
        .timestamp(now)
        .payload(new EpochPayload(epochId, 0, now.getEpochSecond(), duration.toMillis()))
        .build();
  }

  /**
   * {@code submission_received}; the envelope's epoch and submission ids come from the payload.
   *
   * @param component the producing component
   * @param payload the submission
   * @return the event
   */
  public static Event submissionReceived(String component, SubmissionPayload payload) {
    return Event.of(EventType.SUBMISSION_RECEIVED, Severity.INFO, component, payload);
  }

  /**
   * {@code queue_depth_changed}: {@code delta = current - previous}; alert level {@code critical}
   * above {@value #CRITICAL_DEPTH} (severity error), {@code warning} above {@value #WARNING_DEPTH}
   * (severity warning), else {@code normal} (severity info).
   *
   * @param component the producing component
   * @param queueName the queue
   * @param currentDepth its depth now
   * @param previousDepth its depth before
   * @return the event
   */
  public static Event queueDepthChanged(
      String component, String queueName, long currentDepth, long previousDepth) {
    String level;
    Severity severity;
    if (currentDepth > CRITICAL_DEPTH) {
      level = "critical";
      severity = Severity.ERROR;
    } else if (currentDepth > WARNING_DEPTH) {
      level = "warning";
      severity = Severity.WARNING;
    } else {
      level = "normal";
      severity = Severity.INFO;
    }
    QueueDepthPayload payload =
        new QueueDepthPayload(
            queueName, currentDepth, previousDepth, currentDepth - previousDepth, 0, level);
    return Event.of(EventType.QUEUE_DEPTH_CHANGED, severity, component, payload);
  }

  /**
   * {@code worker_status_changed}: component {@code worker}; severity error when the new status is
   * {@code error} or {@code failed}, warning when {@code stopped}, else info; {@code last_activity}
   * = now; the envelope's worker id set.
   *
   * @param workerType the kind of worker
   * @param workerId the worker
   * @param previousStatus its status before
   * @param currentStatus its status now
   * @return the event
   */
  public static Event workerStatusChanged(
      String workerType, String workerId, String previousStatus, String currentStatus) {
    Severity severity =
        switch (currentStatus == null ? "" : currentStatus) {
          case "error", "failed" -> Severity.ERROR;
          case "stopped" -> Severity.WARNING;
          default -> Severity.INFO;
        };
    Instant now = Instant.now();
    WorkerStatusPayload payload =
        new WorkerStatusPayload(workerType, workerId, previousStatus, currentStatus, 0, now, 0, 0);
    return Event.builder(EventType.WORKER_STATUS_CHANGED)
        .severity(severity)
        .component(WORKER_COMPONENT)
        .timestamp(now)
        .payload(payload)
        .build();
  }

  /**
   * {@code window_opened} with status {@code open} and {@code opened_at} = now.
   *
   * @param component the producing component
   * @param epochId the epoch
   * @return the event
   */
  public static Event windowOpened(String component, String epochId) {
    Instant now = Instant.now();
    return Event.builder(EventType.WINDOW_OPENED)
        .component(component)
        .timestamp(now)
        .payload(new WindowPayload(epochId, "open", now.getEpochSecond(), 0, 0, 0))
        .build();
  }

  /**
   * {@code window_closed} with status {@code closed} and {@code closed_at} = now.
   *
   * @param component the producing component
   * @param epochId the epoch
   * @param submissionsCount submissions received in the window
   * @param openFor how long the window was open
   * @return the event
   */
  public static Event windowClosed(
      String component, String epochId, long submissionsCount, Duration openFor) {
    Instant now = Instant.now();
    return Event.builder(EventType.WINDOW_CLOSED)
        .component(component)
        .timestamp(now)
        .payload(
            new WindowPayload(
                epochId, "closed", 0, now.getEpochSecond(), openFor.toNanos(), submissionsCount))
        .build();
  }

  /**
   * An event of one of the categories without a dedicated helper (finalization, aggregation,
   * validator, storage, stream), severity info.
   *
   * @param type the event type
   * @param component the producing component
   * @param payload a payload of the record {@link EventPayload#classFor} names for the type
   * @return the event
   * @throws IllegalArgumentException when the payload does not fit the type
   */
  public static Event of(EventType type, String component, EventPayload payload) {
    return Event.of(type, Severity.INFO, component, payload);
  }
}
