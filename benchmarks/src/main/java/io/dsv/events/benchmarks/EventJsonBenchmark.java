package io.dsv.events.benchmarks;

import io.dsv.events.annotations.EventType;
import io.dsv.events.annotations.Severity;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.EventJson;
import io.dsv.events.runtime.model.SubmissionPayload;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the publisher pays to turn one event into its wire message ({@link EventJson#write}): a
 * {@code submission_rejected} event whose JSON is ~450 bytes, the size of the end-to-end run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class EventJsonBenchmark {
  private final Event event =
      Event.of(
          EventType.SUBMISSION_REJECTED,
          Severity.WARNING,
          "dequeuer",
          new SubmissionPayload(
              "sub_1", "epoch_1", "project_1", "bafy", 1, "", "r".repeat(130), null));

  @Benchmark
  public byte[] write() {
    return EventJson.write(event);
  }
}
