package io.dsv.events.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Events as the Go package writes them parse, and write back to the same JSON. */
class GoInteropTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  static Stream<String> goLines() throws IOException {
    try (InputStream in = GoInteropTest.class.getResourceAsStream("/go-written-events.jsonl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("goLines")
  void goWrittenEventRoundTripsToTheSameJson(String line) throws Exception {
    Event event = EventJson.read(line);

    ObjectNode original = (ObjectNode) PLAIN.readTree(line);
    ObjectNode rewritten = (ObjectNode) PLAIN.readTree(EventJson.write(event));
    // Go may write local offsets; the same instant is written back in UTC.
    assertThat(Instant.parse(rewritten.get("timestamp").asText()))
        .isEqualTo(java.time.OffsetDateTime.parse(original.get("timestamp").asText()).toInstant());
    original.remove(List.of("timestamp", "some_future_field"));
    rewritten.remove("timestamp");
    assertThat(rewritten).isEqualTo(original);
  }

  @Test
  void goFieldsAreRead() throws IOException {
    Event event =
        EventJson.read(goLines().filter(l -> l.contains("submission_received")).findFirst().get());

    assertThat(event.type()).isEqualTo(EventType.SUBMISSION_RECEIVED);
    assertThat(event.id()).isEqualTo("evt_1764874800223456789");
    assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-12-04T19:00:00.2234567Z"));
    SubmissionPayload payload = (SubmissionPayload) event.payload();
    assertThat(payload.submissionId()).isEqualTo("sub_9");
    assertThat(Long.toUnsignedString(payload.slotId())).isEqualTo("18446744073709551615");
    assertThat(payload.projectIds()).containsExactly("proj_a", "proj_b");
    assertThat(event.submissionId()).isEqualTo("sub_9");
  }

  @Test
  void metadataAndNullPayloadAreRead() throws IOException {
    List<Event> events = goLines().map(EventJson::read).toList();

    Event aggregation = events.get(5);
    assertThat(aggregation.metadata()).containsEntry("region", "eu").containsEntry("attempt", "1");
    assertThat(((AggregationPayload) aggregation.payload()).consensusReached()).isTrue();
    Event completed = events.get(events.size() - 1);
    assertThat(completed.payload()).isNull();
    assertThat(completed.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void malformedMessagesSayWhy() {
    assertThatThrownBy(() -> EventJson.read("not json"))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageStartingWith("Not a readable event");
    assertThatThrownBy(() -> EventJson.read("[1,2]")).isInstanceOf(MalformedEventException.class);
    assertThatThrownBy(() -> EventJson.read("{\"type\":\"no_such_type\"}"))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("unknown event type 'no_such_type'")
        .hasMessageContaining("epoch_started");
    assertThatThrownBy(
            () -> EventJson.read("{\"type\":\"epoch_started\",\"timestamp\":\"yesterday\"}"))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("RFC 3339");
    assertThatThrownBy(
            () -> EventJson.read("{\"type\":\"epoch_started\",\"payload\":{\"start_time\":\"x\"}}"))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void jsonNodeOfOurOwnIsOneObjectPerEvent() throws Exception {
    Event event = PipelineEvents.epochStarted("dequeuer", "e1");
    JsonNode node = PLAIN.readTree(EventJson.write(event));
    assertThat(node.isObject()).isTrue();
    assertThat(node.get("payload").isObject()).isTrue();
  }
}
