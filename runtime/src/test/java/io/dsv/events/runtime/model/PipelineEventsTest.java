package io.dsv.events.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Severity;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The helpers keep the Go package's semantics (wire-contract.md, "Emitter helper semantics"). */
class PipelineEventsTest {

  @ParameterizedTest
  @CsvSource({
    "1500, 900, critical, ERROR",
    "1001, 0, critical, ERROR",
    "1000, 0, warning, WARNING",
    "501, 0, warning, WARNING",
    "500, 0, normal, INFO",
    "3, 10, normal, INFO"
  })
  void queueDepthAlertLevels(long current, long previous, String level, Severity severity) {
    Event event = PipelineEvents.queueDepthChanged("monitor", "q", current, previous);

    QueueDepthPayload payload = (QueueDepthPayload) event.payload();
    assertThat(payload.delta()).isEqualTo(current - previous);
    assertThat(payload.alertLevel()).isEqualTo(level);
    assertThat(event.severity()).isEqualTo(severity);
  }

  @ParameterizedTest
  @CsvSource({"error, ERROR", "failed, ERROR", "stopped, WARNING", "running, INFO"})
  void workerStatusSeverity(String status, Severity severity) {
    Instant before = Instant.now();
    Event event = PipelineEvents.workerStatusChanged("finalizer", "w1", "idle", status);

    WorkerStatusPayload payload = (WorkerStatusPayload) event.payload();
    assertThat(event.severity()).isEqualTo(severity);
    assertThat(event.component()).isEqualTo("worker");
    assertThat(event.workerId()).isEqualTo("w1");
    assertThat(payload.lastActivity()).isAfterOrEqualTo(before);
  }

  @Test
  void epochStartedSetsStartTimeAndEnvelopeEpoch() {
    long before = Instant.now().getEpochSecond();
    Event event = PipelineEvents.epochStarted("dequeuer", "e9");

    assertThat(event.epochId()).isEqualTo("e9");
    assertThat(((EpochPayload) event.payload()).startTime()).isBetween(before, before + 2);
  }

  @Test
  void submissionReceivedSetsEnvelopeIds() {
    Event event =
        PipelineEvents.submissionReceived("dequeuer", SubmissionPayload.of("s1", "e1", "p", "c"));

    assertThat(event.epochId()).isEqualTo("e1");
    assertThat(event.submissionId()).isEqualTo("s1");
  }

  @Test
  void windowHelpers() {
    WindowPayload closed =
        (WindowPayload)
            PipelineEvents.windowClosed("monitor", "e1", 5, Duration.ofSeconds(2)).payload();
    assertThat(closed.status()).isEqualTo("closed");
    assertThat(closed.duration()).isEqualTo(2_000_000_000L);
    assertThat(closed.submissionsCount()).isEqualTo(5);
    assertThat(((WindowPayload) PipelineEvents.windowOpened("m", "e1").payload()).status())
        .isEqualTo("open");
  }

  @Test
  void aPayloadOfTheWrongCategoryIsRefusedWithAClearMessage() {
    assertThatThrownBy(
            () ->
                PipelineEvents.of(
                    EventType.EPOCH_STARTED, "c", new StoragePayload("x", 0, "batch", "", 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Event type epoch_started takes the payload EpochPayload, not StoragePayload.");
  }

  @Test
  void enrichmentFillsOnlyEmptyFields() {
    Event own = Event.builder(EventType.EPOCH_STARTED).protocol("mine").build();

    Event enriched = own.enrichedWith("p", "m", "s");

    assertThat(enriched.protocol()).isEqualTo("mine");
    assertThat(enriched.dataMarket()).isEqualTo("m");
    assertThat(enriched.sequencerId()).isEqualTo("s");
    assertThat(enriched.enrichedWith("x", "y", "z")).isSameAs(enriched);
  }
}
