package io.dsv.events.demo;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.emitter.Emitter;
import io.dsv.events.runtime.emitter.EmitterConfig;
import io.dsv.events.runtime.emitter.Subscriber;
import io.dsv.events.runtime.emitter.TypeCounts;
import io.dsv.events.runtime.model.AggregationPayload;
import io.dsv.events.runtime.model.FinalizationPayload;
import io.dsv.events.runtime.model.StoragePayload;
import io.dsv.events.runtime.model.StreamPayload;
import io.dsv.events.runtime.model.SubmissionPayload;
import io.dsv.events.runtime.model.ValidatorBatchPayload;
import io.dsv.events.runtime.sink.JsonLinesSink;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded run of the in-process runtime: a few simulated epochs emit every event type, a
 * subscriber prints each as the JSON line that would go to Redis, and a summary table per type
 * closes the run. Exits 0 when every event emitted was received.
 */
public final class RuntimeDemo {
  private static final int EPOCHS = 3;

  private RuntimeDemo() {}

  /**
   * Runs the demo.
   *
   * @param args ignored; settings come from {@code dsv.events.*} properties and environment
   * @throws Exception if the run fails
   */
  public static void main(String[] args) throws Exception {
    DsvEventsConfig config = DsvEventsConfig.fromEnvironment(null);
    config.problems().forEach(System.err::println);
    PrintStream out = System.out;
    Map<EventType, LongAdder> received = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      received.put(type, new LongAdder());
    }

    Emitter emitter = new Emitter(EmitterConfig.from(config)).start();
    emitter.subscribe(Subscriber.toAll("demo-reader", JsonLinesSink.to(out)));
    emitter.subscribe(
        Subscriber.toAll("demo-count", event -> received.get(event.type()).increment()));

    for (int epoch = 1; epoch <= EPOCHS; epoch++) {
      runEpoch(emitter, "epoch_" + epoch);
    }
    boolean drained = emitter.stop();

    boolean complete = printSummary(out, emitter, received) && drained;
    System.exit(complete ? 0 : 1);
  }

  private static void runEpoch(Emitter emitter, String epoch) {
    emitter.emitEpochStarted("dequeuer", epoch);
    emitter.emitWindowOpened("monitor", epoch);
    for (int i = 1; i <= 3; i++) {
      SubmissionPayload submission =
          SubmissionPayload.of("sub_" + epoch + "_" + i, epoch, "project_" + i, "bafy" + i);
      emitter.emitSubmissionReceived("dequeuer", submission);
      emitter.emitEvent(
          i == 3 ? EventType.SUBMISSION_REJECTED : EventType.SUBMISSION_VALIDATED,
          "dequeuer",
          submission);
    }
    emitter.emitQueueDepthChanged("monitor", "submissionQueue", 620, 180);
    emitter.emitWindowClosed("monitor", epoch, 3, Duration.ofSeconds(20));
    emitter.emitWorkerStatusChanged("finalizer", "worker_1", "idle", "busy");
    emitter.emitEvent(
        EventType.FINALIZATION_STARTED,
        "finalizer",
        new FinalizationPayload(epoch, 1, 0, 2, 3, "", List.of(), 0));
    for (int part = 1; part <= 2; part++) {
      emitter.emitEvent(
          EventType.PART_COMPLETED,
          "finalizer",
          new FinalizationPayload(epoch, 1, part, 2, 3, "", List.of(), 40));
    }
    emitter.emitEvent(
        EventType.IPFS_STORAGE_COMPLETED,
        "finalizer",
        new StoragePayload("bafybatch_" + epoch, 2048, "batch", epoch, 12));
    emitter.emitEvent(
        EventType.FINALIZATION_COMPLETED,
        "finalizer",
        new FinalizationPayload(epoch, 1, 0, 2, 3, "0xroot", List.of("project_1"), 95));
    aggregate(emitter, epoch);
    emitter.emitEvent(
        EventType.STREAM_HEALTH,
        "monitor",
        new StreamPayload("stream:subs", 12, 1, 2, "1-0", 0, 0, "g"));
    emitter.emitEvent(
        EventType.STREAM_CLEANUP,
        "monitor",
        new StreamPayload("stream:subs", 0, 0, 0, "", 10, 2, "g"));
    emitter.emitWorkerStatusChanged("finalizer", "worker_1", "busy", "idle");
    emitter.emitEpochCompleted("dequeuer", epoch, Duration.ofSeconds(30));
  }

  private static void aggregate(Emitter emitter, String epoch) {
    emitter.emitEvent(
        EventType.AGGREGATION_LEVEL1_STARTED,
        "aggregator",
        new AggregationPayload(epoch, 1, 1, 0, 3, false, 0, List.of()));
    emitter.emitEvent(
        EventType.AGGREGATION_LEVEL1_COMPLETED,
        "aggregator",
        new AggregationPayload(epoch, 1, 1, 0, 3, false, 20, List.of()));
    emitter.emitEvent(
        EventType.VALIDATOR_BATCH_RECEIVED,
        "aggregator",
        new ValidatorBatchPayload(
            "validator_2", epoch, "bafyremote", 3, Instant.now().getEpochSecond()));
    emitter.emitEvent(
        EventType.AGGREGATION_LEVEL2_STARTED,
        "aggregator",
        new AggregationPayload(epoch, 2, 2, 2, 3, false, 0, List.of("validator_1", "validator_2")));
    emitter.emitEvent(
        EventType.AGGREGATION_LEVEL2_COMPLETED,
        "aggregator",
        new AggregationPayload(epoch, 2, 2, 2, 3, true, 40, List.of("validator_1", "validator_2")));
  }

  private static boolean printSummary(
      PrintStream out, Emitter emitter, Map<EventType, LongAdder> received) {
    out.println();
    out.printf("%-30s %8s %10s %9s %8s%n", "type", "emitted", "processed", "received", "dropped");
    boolean complete = true;
    for (EventType type : EventType.values()) {
      TypeCounts counts = emitter.counts(type);
      long got = received.get(type).sum();
      out.printf(
          "%-30s %8d %10d %9d %8d%n",
          type.wireName(), counts.emitted(), counts.processed(), got, counts.dropped());
      complete &= counts.emitted() > 0 && got == counts.emitted() && counts.dropped() == 0;
    }
    out.println(complete ? "All event types emitted and received." : "Some events were lost.");
    return complete;
  }
}
