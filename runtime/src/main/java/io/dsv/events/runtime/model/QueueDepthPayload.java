package io.dsv.events.runtime.model;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Payload of {@code queue_depth_changed}.
 *
 * @param queueName the queue
 * @param currentDepth its depth now
 * @param previousDepth its depth before; omitted when 0
 * @param delta {@code currentDepth - previousDepth}
 * @param threshold the threshold that was crossed; omitted when 0
 * @param alertLevel {@code normal}, {@code warning} or {@code critical}; omitted when empty
 */
public record QueueDepthPayload(
    @JsonProperty("queue_name") String queueName,
    @JsonProperty("current_depth") long currentDepth,
    @JsonProperty("previous_depth") @JsonInclude(NON_DEFAULT) long previousDepth,
    @JsonProperty("delta") long delta,
    @JsonProperty("threshold") @JsonInclude(NON_DEFAULT) long threshold,
    @JsonProperty("alert_level") @JsonInclude(NON_DEFAULT) String alertLevel)
    implements EventPayload {

  /** Normalises {@code null} texts to {@code ""}. */
  public QueueDepthPayload {
    queueName = Text.orEmpty(queueName);
    alertLevel = Text.orEmpty(alertLevel);
  }
}
