package io.dsv.events.annotations;

import java.util.Locale;
import java.util.Optional;

/**
 * The pipeline event types shared with the Go components of the DSV pipeline.
 *
 * <p>Each constant knows its wire name (the {@code type} field of the JSON envelope, e.g. {@code
 * SUBMISSION_VALIDATED} is {@code submission_validated}) and its channel category: an event of a
 * type with category {@code c} is published on {@code <prefix>:c}; the two stream types have no
 * category and go to {@code <prefix>} itself.
 */
public enum EventType {
  EPOCH_STARTED("epoch"),
  EPOCH_COMPLETED("epoch"),
  SUBMISSION_RECEIVED("submission"),
  SUBMISSION_VALIDATED("submission"),
  SUBMISSION_REJECTED("submission"),
  WINDOW_OPENED("window"),
  WINDOW_CLOSED("window"),
  FINALIZATION_STARTED("finalization"),
  FINALIZATION_COMPLETED("finalization"),
  PART_COMPLETED("finalization"),
  AGGREGATION_LEVEL1_STARTED("aggregation"),
  AGGREGATION_LEVEL1_COMPLETED("aggregation"),
  AGGREGATION_LEVEL2_STARTED("aggregation"),
  AGGREGATION_LEVEL2_COMPLETED("aggregation"),
  VALIDATOR_BATCH_RECEIVED("validator"),
  IPFS_STORAGE_COMPLETED("storage"),
  QUEUE_DEPTH_CHANGED("queue"),
  STREAM_HEALTH(null),
  STREAM_CLEANUP(null),
  WORKER_STATUS_CHANGED("worker");

  private final String wireName;
  private final String category;

  EventType(String category) {
    this.wireName = name().toLowerCase(Locale.ROOT);
    this.category = category;
  }

  /**
   * The name on the wire, e.g. {@code submission_validated}.
   *
   * @return the lower-case wire name
   */
  public String wireName() {
    return wireName;
  }

  /**
   * The channel category, e.g. {@code submission}; empty for {@link #STREAM_HEALTH} and {@link
   * #STREAM_CLEANUP}, which are published on the bare channel prefix.
   *
   * @return the category, if the type has one
   */
  public Optional<String> category() {
    return Optional.ofNullable(category);
  }

  /**
   * Finds a type by its wire name.
   *
   * @param wireName a wire name such as {@code epoch_started}
   * @return the type, or empty when no type has that name
   */
  public static Optional<EventType> fromWireName(String wireName) {
    for (EventType type : values()) {
      if (type.wireName.equals(wireName)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
