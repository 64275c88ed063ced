package io.dsv.events.runtime.model;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Payload of {@code window_opened} and {@code window_closed}.
 *
 * @param epochId the epoch
 * @param status the window's status, e.g. {@code open}, {@code closed}
 * @param openedAt unix seconds; omitted when 0
 * @param closedAt unix seconds; omitted when 0
 * @param duration nanoseconds (Go's {@code time.Duration}); omitted when 0
 * @param submissionsCount submissions seen in the window; omitted when 0
 */
public record WindowPayload(
    @JsonProperty("epoch_id") String epochId,
    @JsonProperty("status") String status,
    @JsonProperty("opened_at") @JsonInclude(NON_DEFAULT) long openedAt,
    @JsonProperty("closed_at") @JsonInclude(NON_DEFAULT) long closedAt,
    @JsonProperty("duration") @JsonInclude(NON_DEFAULT) long duration,
    @JsonProperty("submissions_count") @JsonInclude(NON_DEFAULT) long submissionsCount)
    implements EventPayload {

  /** Normalises {@code null} texts to {@code ""}. */
  public WindowPayload {
    epochId = Text.orEmpty(epochId);
    status = Text.orEmpty(status);
  }
}
