package io.dsv.events.agent.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnnotationPrefilterTest {

  static class Annotated {
    @EmitsEvent(type = EventType.EPOCH_STARTED)
    void start() {}
  }

  static class Plain {
    void start() {}
  }

  private static byte[] bytesOf(Class<?> type) throws IOException {
    String resource = "/" + type.getName().replace('.', '/') + ".class";
    try (InputStream in = type.getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }

  @Test
  void findsTheAnnotationInAClassFile() throws IOException {
    assertThat(AnnotationPrefilter.mentionsAnnotation(bytesOf(Annotated.class))).isTrue();
    assertThat(AnnotationPrefilter.mentionsAnnotation(bytesOf(Plain.class))).isFalse();
    assertThat(AnnotationPrefilter.mentionsAnnotation(bytesOf(String.class))).isFalse();
  }

  @Test
  void findsItAtEitherEndAndNotInAPrefix() {
    String descriptor = "Lio/dsv/events/annotations/EmitsEvent;";
    assertThat(AnnotationPrefilter.mentionsAnnotation(bytes(descriptor))).isTrue();
    assertThat(AnnotationPrefilter.mentionsAnnotation(bytes("xx" + descriptor))).isTrue();
    assertThat(AnnotationPrefilter.mentionsAnnotation(bytes(descriptor + "xx"))).isTrue();
    assertThat(
            AnnotationPrefilter.mentionsAnnotation(
                bytes("Lio/dsv/events/annotations/EmitsEvents;")))
        .isTrue();
    assertThat(
            AnnotationPrefilter.mentionsAnnotation(bytes("Lio/dsv/events/annotations/EmitsEven")))
        .isFalse();
    assertThat(
            AnnotationPrefilter.mentionsAnnotation(bytes("Lio/dsv/events/annotations/EventField;")))
        .isFalse();
    assertThat(AnnotationPrefilter.mentionsAnnotation(new byte[0])).isFalse();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
