package io.dsv.events.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Severity;
import io.dsv.events.runtime.testing.SampleEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every one of the 20 types, field by field, against wire-contract.md: which payload fields are
 * always written, which are omitted when zero, and the JSON type of each.
 */
class WireContractTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final Instant T = SampleEvents.TIME;

  /** The contract's table: field -> JSON type; a trailing '?' marks omitted-when-empty. */
  private static Map<String, String> contract(EventType type) {
    return switch (type) {
      case EPOCH_STARTED, EPOCH_COMPLETED ->
          fields("epoch_id:s", "start_time?:n", "end_time?:n", "duration_ms?:n");
      case SUBMISSION_RECEIVED, SUBMISSION_VALIDATED, SUBMISSION_REJECTED ->
          fields(
              "submission_id:s",
              "epoch_id:s",
              "project_id:s",
              "snapshot_cid:s",
              "slot_id?:n",
              "submitter_id?:s",
              "reason?:s",
              "project_ids?:a");
      case WINDOW_OPENED, WINDOW_CLOSED ->
          fields(
              "epoch_id:s",
              "status:s",
              "opened_at?:n",
              "closed_at?:n",
              "duration?:n",
              "submissions_count?:n");
      case FINALIZATION_STARTED, FINALIZATION_COMPLETED, PART_COMPLETED ->
          fields(
              "epoch_id:s",
              "batch_id?:n",
              "part_id?:n",
              "total_parts?:n",
              "project_count?:n",
              "merkle_root?:s",
              "project_ids?:a",
              "duration_ms?:n");
      case AGGREGATION_LEVEL1_STARTED,
          AGGREGATION_LEVEL1_COMPLETED,
          AGGREGATION_LEVEL2_STARTED,
          AGGREGATION_LEVEL2_COMPLETED ->
          fields(
              "epoch_id:s",
              "level:n",
              "batch_count?:n",
              "validator_count?:n",
              "project_count?:n",
              "consensus_reached?:b",
              "duration_ms?:n",
              "validator_ids?:a");
      case VALIDATOR_BATCH_RECEIVED ->
          fields("validator_id:s", "epoch_id:s", "batch_cid:s", "project_count:n", "received_at:n");
      case IPFS_STORAGE_COMPLETED ->
          fields("cid:s", "size?:n", "type:s", "epoch_id?:s", "duration_ms?:n");
      case QUEUE_DEPTH_CHANGED ->
          fields(
              "queue_name:s",
              "current_depth:n",
              "previous_depth?:n",
              "delta:n",
              "threshold?:n",
              "alert_level?:s");
      case STREAM_HEALTH, STREAM_CLEANUP ->
          fields(
              "stream_key:s",
              "stream_entries?:n",
              "pending_messages?:n",
              "active_consumers?:n",
              "last_id?:s",
              "trimmed_entries?:n",
              "remaining_entries?:n",
              "consumer_group?:s");
      case WORKER_STATUS_CHANGED ->
          fields(
              "worker_type:s",
              "worker_id:s",
              "previous_status?:s",
              "current_status:s",
              "batches_processed?:n",
              "last_activity:s",
              "error_count?:n",
              "uptime_seconds?:n");
    };
  }

  private static Map<String, String> fields(String... specs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String spec : specs) {
      String[] parts = spec.split(":");
      map.put(parts[0], parts[1]);
    }
    return map;
  }

  /** A payload with every field zero or empty. */
  private static EventPayload empty(EventType type) {
    return switch (type) {
      case EPOCH_STARTED, EPOCH_COMPLETED -> new EpochPayload(null, 0, 0, 0);
      case SUBMISSION_RECEIVED, SUBMISSION_VALIDATED, SUBMISSION_REJECTED ->
          new SubmissionPayload(null, null, null, null, 0, null, null, null);
      case WINDOW_OPENED, WINDOW_CLOSED -> new WindowPayload(null, null, 0, 0, 0, 0);
      case FINALIZATION_STARTED, FINALIZATION_COMPLETED, PART_COMPLETED ->
          new FinalizationPayload(null, 0, 0, 0, 0, null, null, 0);
      case AGGREGATION_LEVEL1_STARTED,
          AGGREGATION_LEVEL1_COMPLETED,
          AGGREGATION_LEVEL2_STARTED,
          AGGREGATION_LEVEL2_COMPLETED ->
          new AggregationPayload(null, 0, 0, 0, 0, false, 0, null);
      case VALIDATOR_BATCH_RECEIVED -> new ValidatorBatchPayload(null, null, null, 0, 0);
      case IPFS_STORAGE_COMPLETED -> new StoragePayload(null, 0, null, null, 0);
      case QUEUE_DEPTH_CHANGED -> new QueueDepthPayload(null, 0, 0, 0, 0, null);
      case STREAM_HEALTH, STREAM_CLEANUP -> new StreamPayload(null, 0, 0, 0, null, 0, 0, null);
      case WORKER_STATUS_CHANGED -> new WorkerStatusPayload(null, null, null, null, 0, null, 0, 0);
    };
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void fullPayloadWritesEveryContractFieldWithItsJsonType(EventType type) throws Exception {
    JsonNode payload = envelope(type, SampleEvents.fullPayload(type)).get("payload");

    Map<String, String> contract = contract(type);
    assertThat(names(payload))
        .containsExactlyInAnyOrderElementsOf(
            contract.keySet().stream().map(k -> k.replace("?", "")).toList());
    contract.forEach(
        (field, jsonType) ->
            assertThat(payload.get(field.replace("?", "")).getNodeType())
                .as("%s.%s", type.wireName(), field)
                .isEqualTo(nodeType(jsonType)));
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void emptyPayloadOmitsExactlyTheOptionalFields(EventType type) throws Exception {
    JsonNode payload = envelope(type, empty(type)).get("payload");

    List<String> required = contract(type).keySet().stream().filter(k -> !k.endsWith("?")).toList();
    assertThat(names(payload)).containsExactlyInAnyOrderElementsOf(required);
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void envelopeCarriesTheContractFields(EventType type) throws Exception {
    JsonNode json = envelope(type, SampleEvents.fullPayload(type));

    assertThat(json.get("type").asText()).isEqualTo(type.wireName());
    assertThat(json.get("severity").asText()).isEqualTo("warning");
    assertThat(json.get("timestamp").asText()).isEqualTo("2026-12-04T19:00:00.123456789Z");
    assertThat(json.get("id").asText()).startsWith("evt_");
    assertThat(json.get("component").asText()).isEqualTo("dequeuer");
    assertThat(json.get("protocol").asText()).isEmpty();
    assertThat(json.get("data_market").asText()).isEmpty();
    assertThat(json.get("payload").isObject()).isTrue();
    String epoch = SampleEvents.fullPayload(type).epochId();
    assertThat(json.has("epoch_id")).isEqualTo(!epoch.isEmpty());
    assertThat(json.path("epoch_id").asText()).isEqualTo(epoch);
    assertThat(json.path("submission_id").asText())
        .isEqualTo(SampleEvents.fullPayload(type).submissionId());
    assertThat(json.path("validator_id").asText())
        .isEqualTo(SampleEvents.fullPayload(type).validatorId());
    assertThat(json.path("worker_id").asText())
        .isEqualTo(SampleEvents.fullPayload(type).workerId());
    assertThat(json.has("sequencer_id")).isFalse();
    assertThat(json.has("error")).isFalse();
    assertThat(json.has("metadata")).isFalse();
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyTypeRoundTripsEqual(EventType type) {
    Event event = SampleEvents.fullEvent(type);

    assertThat(EventJson.read(EventJson.write(event))).isEqualTo(event);
  }

  @org.junit.jupiter.api.Test
  void nullPayloadIsWrittenAsNull() throws Exception {
    Event event = Event.builder(EventType.EPOCH_STARTED).timestamp(T).build();

    JsonNode json = PLAIN.readTree(EventJson.write(event));

    assertThat(json.has("payload")).isTrue();
    assertThat(json.get("payload").isNull()).isTrue();
    assertThat(EventJson.read(EventJson.write(event))).isEqualTo(event);
  }

  @org.junit.jupiter.api.Test
  void slotIdIsUnsigned() throws Exception {
    SubmissionPayload payload = new SubmissionPayload("s", "e", "p", "c", -1L, "", "", null);
    Event event = Event.of(EventType.SUBMISSION_RECEIVED, Severity.INFO, "d", payload);

    String json = new String(EventJson.write(event), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(json).contains("\"slot_id\":18446744073709551615");
    assertThat(((SubmissionPayload) EventJson.read(json).payload()).slotId()).isEqualTo(-1L);
  }

  private static JsonNode envelope(EventType type, EventPayload payload) throws Exception {
    Event event =
        Event.builder(type)
            .severity(Severity.WARNING)
            .component("dequeuer")
            .payload(payload)
            .timestamp(T)
            .build();
    JsonNode json = PLAIN.readTree(EventJson.write(event));
    assertThat(json.isObject()).isTrue();
    return json;
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static JsonNodeType nodeType(String code) {
    return switch (code) {
      case "s" -> JsonNodeType.STRING;
      case "n" -> JsonNodeType.NUMBER;
      case "b" -> JsonNodeType.BOOLEAN;
      default -> JsonNodeType.ARRAY;
    };
  }
}
