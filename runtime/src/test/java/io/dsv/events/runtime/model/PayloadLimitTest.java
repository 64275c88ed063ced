package io.dsv.events.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsv.events.annotations.EventType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PayloadLimitTest {
  private static final int LIMIT = 4096;

  private final List<String> notices = new CopyOnWriteArrayList<>();
  private final PayloadLimit limit = new PayloadLimit(LIMIT, notices::add);

  @Test
  void aMessageThatFitsIsTheWireMessageUnchanged() {
    Event event = rejected("bafy", "bad signature", List.of("p1"));

    assertThat(limit.encode(event)).isEqualTo(EventJson.write(event));
    assertThat(limit.cutCount(EventType.SUBMISSION_REJECTED)).isZero();
    assertThat(notices).isEmpty();
  }

  @Test
  void aHugeTextIsCutToFitCountedAndReportedOncePerType() {
    Event event = rejected("x".repeat(1_000_000), "y".repeat(5_000), List.of("p1"));
    int original = EventJson.write(event).length;

    byte[] first = limit.encode(event);
    limit.encode(event);

    assertThat(first.length).isLessThanOrEqualTo(LIMIT);
    Event cut = EventJson.read(first);
    assertThat(cut.id()).isEqualTo(event.id());
    assertThat(cut.type()).isEqualTo(EventType.SUBMISSION_REJECTED);
    assertThat(cut.metadata()).containsEntry(PayloadLimit.TRUNCATED_KEY, String.valueOf(original));
    assertThat(((SubmissionPayload) cut.payload()).snapshotCid())
        .startsWith("xxxx")
        .endsWith("...");
    assertThat(limit.cutCount(EventType.SUBMISSION_REJECTED)).isEqualTo(2);
    assertThat(notices)
        .singleElement()
        .asString()
        .startsWith(
            "An event of type submission_rejected was "
                + original
                + " bytes, over dsv.events.max.payload.bytes=4096");
  }

  @Test
  void aHugeListIsShortenedWhenCuttingTextsIsNotEnough() {
    List<String> projects = new ArrayList<>(Collections.nCopies(50_000, "project"));

    byte[] message = limit.encode(rejected("bafy", "r", projects));

    assertThat(message.length).isLessThanOrEqualTo(LIMIT);
    assertThat(((SubmissionPayload) EventJson.read(message).payload()).projectIds())
        .isNotEmpty()
        .hasSizeLessThan(projects.size());
  }

  @Test
  void cuttingNeverSplitsACharacter() {
    Event event = rejected("\uD83D\uDE80".repeat(10_000), "r", List.of());

    byte[] message = limit.encode(event);

    assertThat(message.length).isLessThanOrEqualTo(LIMIT);
    assertThat(((SubmissionPayload) EventJson.read(message).payload()).snapshotCid())
        .doesNotContain("\uFFFD")
        .startsWith("\uD83D\uDE80");
  }

  @Test
  void aLimitBelowTheMinimumIsRefused() {
    assertThatThrownBy(() -> new PayloadLimit(100, notices::add))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1024");
  }

  private static Event rejected(String cid, String reason, List<String> projects) {
    return Event.builder(EventType.SUBMISSION_REJECTED)
        .component("dequeuer")
        .error("validation failed")
        .payload(
            new SubmissionPayload("sub_1", "epoch_1", "project_a", cid, 7, "", reason, projects))
        .build();
  }
}
