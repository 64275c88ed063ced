package io.dsv.events.runtime.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsv.events.runtime.emitter.Emitter;
import io.dsv.events.runtime.emitter.EmitterConfig;
import io.dsv.events.runtime.emitter.Subscriber;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.EventJson;
import io.dsv.events.runtime.model.PipelineEvents;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSinkTest {

  @Test
  void eachLineIsByteForByteTheRedisMessage() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Event> seen = new CopyOnWriteArrayList<>();
    Emitter emitter = new Emitter(EmitterConfig.defaults()).start();
    emitter.subscribe(Subscriber.toAll("jsonl", JsonLinesSink.to(out)));
    emitter.subscribe(Subscriber.toAll("seen", seen::add));

    emitter.emitEpochStarted("dequeuer", "e1");
    emitter.emitQueueDepthChanged("monitor", "q", 700, 100);
    emitter.stop();

    byte[] expected = concatLines(seen);
    assertThat(out.toByteArray()).isEqualTo(expected);
  }

  @Test
  void writesToAFileMakingItsFolders(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("logs/events.jsonl");
    Event event = PipelineEvents.epochStarted("dequeuer", "e1");

    try (JsonLinesSink sink = JsonLinesSink.open(file.toString())) {
      sink.handle(event);
    }

    String content = Files.readString(file);
    assertThat(content).endsWith("\n");
    assertThat(EventJson.read(content.strip())).isEqualTo(event);
  }

  private static byte[] concatLines(List<Event> events) {
    StringBuilder lines = new StringBuilder();
    for (Event event : events) {
      lines.append(new String(EventJson.write(event), StandardCharsets.UTF_8)).append('\n');
    }
    byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
    return Arrays.copyOf(bytes, bytes.length);
  }
}
