package io.dsv.events.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.DsvEventsRuntime;
import java.time.Duration;

/** Waits for the publisher's own count of what Redis acknowledged. */
public final class PublishedCounts {
  private PublishedCounts() {}

  /**
   * Waits until the runtime's publisher counts {@code expected} events of {@code type} as
   * published. A subscriber can read a message before the publisher has read Redis' reply to its
   * PUBLISH, so a count checked right after the subscriber saw the message can still lag behind.
   */
  public static void awaitPublished(DsvEventsRuntime runtime, EventType type, long expected) {
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(runtime.publisher().orElseThrow().counts(type).published())
                    .isEqualTo(expected));
  }
}
