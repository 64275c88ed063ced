package io.dsv.events.demo;

import io.dsv.events.demo.dequeuer.Dequeuer;
import io.dsv.events.demo.dequeuer.Requeue;
import io.dsv.events.demo.dequeuer.StrictDequeuer;
import io.dsv.events.demo.model.Submission;
import io.dsv.events.demo.monitor.Monitor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A scripted run of the demo services: one epoch touching every event type, every phase and every
 * expression form once, for the agent's end-to-end tests. Prints what the business code returned,
 * so a run with and without the agent can be compared line by line.
 */
public final class SampleApp {
  private SampleApp() {}

  /**
   * Runs the script.
   *
   * @param args ignored
   * @throws Exception when the script fails
   */
  public static void main(String[] args) throws Exception {
    Dequeuer dequeuer = new Dequeuer();
    Monitor monitor = new Monitor();
    String epoch = "epoch_1";
    Instant start = Instant.parse("2026-12-04T19:00:00Z");

    dequeuer.startEpoch(epoch);
    monitor.openWindow(epoch, start);
    Submission good =
        new Submission("sub_1", epoch, "project_a", "bafy1", 7, true, List.of("p1", "p2"));
    Submission bad = new Submission("sub_2", epoch, "project_b", "bafy2", 8, false, List.of());
    dequeuer.receive(good, "peer_1");
    dequeuer.receive(bad, "peer_2");
    print("validate good", dequeuer.validate(good));
    print("validate bad", dequeuer.validate(bad));
    print("strict validate good", new StrictDequeuer().validate(good));
    print("sample queue", monitor.sampleQueue("submissionQueue", 620));
    print("sample queue again", monitor.sampleQueue("submissionQueue", 620));
    monitor.closeWindow(
        new Monitor.Window(epoch, start.plusSeconds(20), Duration.ofSeconds(20), 2));
    monitor.workerChanged("worker_1", "idle", "busy");
    monitor.startFinalization(epoch, new String[] {"p1", "p2", "p3"});
    Dequeuer.partCompleted(Map.of("epoch", epoch, "part", "1", "batch", "3"), "p1", "p2");
    print("store", dequeuer.store("bafybatch", epoch, new byte[] {1, 2, 3}));
    try {
      dequeuer.store("bafyempty", epoch, new byte[0]);
    } catch (IllegalArgumentException e) {
      print("store empty threw", e.getMessage() + " at " + e.getStackTrace()[0].getMethodName());
    }
    print("finalize", dequeuer.finalizeBatch(epoch, 2).toCompletableFuture().get());
    print("aggregate 1", monitor.aggregate(epoch, 1, List.of("v1")));
    print("aggregate 2", monitor.aggregate(epoch, 2, List.of("v1", "v2")));
    monitor.receiveBatch(
        new Monitor.RemoteBatch("v2", epoch, "bafyremote", 3, start.getEpochSecond()));
    Monitor.checkStream("stream:submissions", 12, "dequeuers");
    monitor.trimStream("stream:submissions", 10, 2);
    print("requeue", new Requeue.Delayed().requeue(bad).id());
    print("complete epoch", dequeuer.completeEpoch(epoch, start.getEpochSecond()));
    System.out.println("DONE");
  }

  private static void print(String what, Object value) {
    System.out.println(what + " -> " + value);
  }
}
