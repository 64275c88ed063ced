package io.dsv.events.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.EventJson;
import io.dsv.events.runtime.model.PayloadLimit;
import io.dsv.events.runtime.model.StoragePayload;
import io.dsv.events.runtime.model.SubmissionPayload;
import io.dsv.events.samples.HostileValuesApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Values that fight back inside bindings: the application runs on, each case counted or cut. */
@Timeout(120)
class BadInputIT {
  @TempDir Path dir;

  @Test
  void throwingGettersCyclesAndHugeStringsNeverReachTheApplication() throws Exception {
    Path log = dir.resolve("events.jsonl");
    ChildJvm.Result without = ChildJvm.java().run(HostileValuesApp.class);
    ChildJvm.Result with =
        ChildJvm.java().agent("log=" + log + ",max.payload.bytes=8192").run(HostileValuesApp.class);

    assertThat(with.exitCode()).isZero();
    assertThat(with.stdout()).isEqualTo(without.stdout()).contains("DONE");
    Map<String, Event> byEpoch =
        Files.readAllLines(log).stream()
            .map(EventJson::read)
            .collect(Collectors.toMap(Event::epochId, Function.identity()));

    // A getter that throws: the event goes out with that field empty, the failure reported.
    assertThat(((StoragePayload) byEpoch.get("epoch_getter").payload()).cid()).isEmpty();
    assertThat(with.stderr())
        .contains("HostileValuesApp#throwingGetter")
        .contains("getter exploded");
    // A value whose toString never ends: the same, never a StackOverflowError in the app.
    assertThat(((StoragePayload) byEpoch.get("epoch_cyclic").payload()).cid()).isEmpty();
    assertThat(with.stderr()).contains("HostileValuesApp#cyclicValue");
    // A 5 MB string: the message is cut to the limit, marked, and reported once.
    Event huge = byEpoch.get("epoch_huge");
    assertThat(((SubmissionPayload) huge.payload()).reason()).startsWith("zzzz").endsWith("...");
    assertThat(Integer.parseInt(huge.metadata().get(PayloadLimit.TRUNCATED_KEY)))
        .isGreaterThan(5_000_000);
    List<String> lines = Files.readAllLines(log);
    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(8192));
    assertThat(with.stderr())
        .contains("An event of type submission_rejected was")
        .contains("over dsv.events.max.payload.bytes=8192");
  }
}
