package io.dsv.events.demo;

import io.dsv.events.demo.dequeuer.Dequeuer;
import io.dsv.events.demo.dequeuer.Requeue;
import io.dsv.events.demo.model.Submission;
import io.dsv.events.demo.monitor.Monitor;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The annotated demo services (a dequeuer and a monitor) running a few simulated epochs: windows
 * open and close, submissions arrive and are validated or rejected, queues fill and drain, workers
 * change status, finalization runs in parts, validators aggregate at level 1 and 2. The services
 * know nothing of dsv-events but their annotations; run under the agent, every event type is
 * emitted.
 *
 * <p>Arguments: {@code [epochs] [pace in ms] [--wait-for-stop]}; with {@code --wait-for-stop} it
 * prints {@link #DONE} after the last epoch and keeps running, as a service would, until its
 * standard input closes.
 */
public final class PipelineDemo {
  /** Printed when the last epoch is over. */
  public static final String DONE = "demo services: all epochs done";

  private final Dequeuer dequeuer = new Dequeuer();
  private final Monitor monitor = new Monitor();
  private final Duration pace;

  private PipelineDemo(Duration pace) {
    this.pace = pace;
  }

  /**
   * Runs the epochs.
   *
   * @param args {@code [epochs] [pace in ms] [--wait-for-stop]}
   * @throws Exception when the run fails
   */
  public static void main(String[] args) throws Exception {
    List<String> values = new ArrayList<>(List.of(args));
    boolean waitForStop = values.remove("--wait-for-stop");
    int epochs = values.isEmpty() ? 3 : Integer.parseInt(values.get(0));
    Duration pace = Duration.ofMillis(values.size() < 2 ? 150 : Long.parseLong(values.get(1)));
    PipelineDemo demo = new PipelineDemo(pace);
    for (int epoch = 1; epoch <= epochs; epoch++) {
      demo.runEpoch(epoch);
    }
    System.out.println(DONE);
    if (waitForStop) {
      waitForStandardInputToClose();
    }
  }

  private void runEpoch(int number) throws Exception {
    String epoch = "epoch_" + number;
    Instant opened = Instant.now();
    System.out.println("demo services: epoch " + number + " begins");
    dequeuer.startEpoch(epoch);
    monitor.openWindow(epoch, opened);
    monitor.workerChanged("finalizer_" + number, "idle", "busy");
    List<Submission> submissions = submissions(epoch, number);
    for (Submission submission : submissions) {
      dequeuer.receive(submission, "peer_" + submission.slotId());
      monitor.sampleQueue("submissionQueue", submissions.indexOf(submission) + 1L);
    }
    step();
    int accepted = 0;
    for (Submission submission : submissions) {
      accepted += dequeuer.validate(submission) ? 1 : 0;
    }
    new Requeue.Delayed().requeue(submissions.get(submissions.size() - 1));
    monitor.sampleQueue("submissionQueue", 0);
    monitor.closeWindow(
        new Monitor.Window(
            epoch, Instant.now(), Duration.between(opened, Instant.now()), accepted));
    step();
    finalizeEpoch(epoch, submissions);
    step();
    aggregate(epoch, number);
    monitor.workerChanged("finalizer_" + number, "busy", "idle");
    dequeuer.completeEpoch(epoch, opened.getEpochSecond());
    System.out.println(
        "demo services: epoch "
            + number
            + " done ("
            + submissions.size()
            + " submissions, "
            + accepted
            + " accepted)");
  }

  private void finalizeEpoch(String epoch, List<Submission> submissions) throws Exception {
    String[] projects = submissions.stream().map(Submission::projectId).toArray(String[]::new);
    monitor.startFinalization(epoch, projects);
    for (int part = 1; part <= 2; part++) {
      Dequeuer.partCompleted(
          Map.of("epoch", epoch, "part", String.valueOf(part), "batch", "2"), projects);
    }
    dequeuer.store("bafybatch" + epoch, epoch, new byte[] {1, 2, 3, 4});
    dequeuer.finalizeBatch(epoch, 2).toCompletableFuture().get();
  }

  private void aggregate(String epoch, int number) {
    monitor.aggregate(epoch, 1, List.of("validator_1", "validator_2"));
    monitor.receiveBatch(
        new Monitor.RemoteBatch(
            "validator_2", epoch, "bafyremote" + number, 3, Instant.now().getEpochSecond()));
    monitor.aggregate(epoch, 2, List.of("validator_1", "validator_2", "validator_3"));
    Monitor.checkStream("stream:submissions", 10L * number, "dequeuers");
    monitor.trimStream("stream:submissions", 5, 5 * number);
  }

  /** Two good submissions and one with a bad signature per epoch. */
  private static List<Submission> submissions(String epoch, int number) {
    List<Submission> submissions = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      int slot = number * 10 + i;
      submissions.add(
          new Submission(
              "sub_" + number + "_" + i,
              epoch,
              "project_" + (char) ('a' + i - 1),
              "bafy" + slot,
              slot,
              i != 3,
              List.of("p" + i)));
    }
    return submissions;
  }

  private void step() throws InterruptedException {
    Thread.sleep(pace.toMillis());
  }

  private static void waitForStandardInputToClose() throws IOException {
    while (System.in.read() != -1) {
      // a service's main thread would serve requests here; the demo only waits to be stopped
    }
  }
}
