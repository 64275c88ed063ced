package io.dsv.events.samples;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EventField;
import io.dsv.events.annotations.EventType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Two (or more) producer threads calling annotated methods for a while, for the fault and soak
 * tests. Each thread emits its own type (thread 0 {@code submission_received}, thread 1 {@code
 * queue_depth_changed}, ...). Prints {@code PRODUCED <calls>} and the slowest call in ms; samples
 * heap after GC and live threads every few seconds ({@code SAMPLE <heap bytes> <threads>}).
 *
 * <p>Arguments: {@code <threads> <seconds> <pause µs between calls, 0 for full speed> <end>}, end
 * being {@code main} (return from main), {@code exit} ({@code System.exit(0)}), {@code wait} (until
 * standard input closes) or {@code hang} (until killed, for SIGTERM).
 */
public final class ProducerApp {
  private static final LongAdder CALLS = new LongAdder();
  private static final AtomicLong SLOWEST_NANOS = new AtomicLong();

  private ProducerApp() {}

  /**
   * A submission arrives.
   *
   * @param submissionId the submission
   * @return its id
   */
  @EmitsEvent(
      type = EventType.SUBMISSION_RECEIVED,
      payload = {"submission_id = submissionId", "epoch_id = 'epoch_soak'"})
  public static String receive(String submissionId) {
    return submissionId;
  }

  /**
   * A queue's depth is sampled.
   *
   * @param depth the depth
   * @return the depth
   */
  @EmitsEvent(
      type = EventType.QUEUE_DEPTH_CHANGED,
      payload = {"queue_name = 'submissionQueue'", "current_depth = depth"})
  public static long sample(long depth) {
    return depth;
  }

  /**
   * A worker reports.
   *
   * @param workerId the worker
   */
  @EmitsEvent(
      type = EventType.WORKER_STATUS_CHANGED,
      payload = {"worker_type = 'producer'", "current_status = 'busy'"})
  public static void heartbeat(@EventField("worker_id") String workerId) {}

  /**
   * Runs the producers.
   *
   * @param args {@code <threads> <seconds> <pause µs> <end>}
   * @throws Exception when interrupted
   */
  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    long seconds = Long.parseLong(args[1]);
    long pauseMicros = Long.parseLong(args[2]);
    String end = args[3];
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> producers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int id = t;
      Thread producer = new Thread(() -> produce(id, deadline, pauseMicros), "producer-" + t);
      producer.start();
      producers.add(producer);
    }
    sampleUntil(deadline);
    for (Thread producer : producers) {
      producer.join();
    }
    System.out.println("PRODUCED " + CALLS.sum());
    System.out.println("SLOWEST_MS " + SLOWEST_NANOS.get() / 1_000_000);
    System.out.flush();
    switch (end) {
      case "exit" -> System.exit(0);
      case "wait" -> {
        while (System.in.read() != -1) {
          // a service would go on serving; this one waits to be told to stop
        }
      }
      case "hang" -> Thread.sleep(Long.MAX_VALUE);
      default -> {
        // "main": return, the JVM ends when main does
      }
    }
  }

  private static void produce(int id, long deadline, long pauseMicros) {
    for (long seq = 0; System.nanoTime() < deadline; seq++) {
      long start = System.nanoTime();
      switch (id % 3) {
        case 0 -> receive("sub_" + seq);
        case 1 -> sample(seq);
        default -> heartbeat("worker_" + id);
      }
      SLOWEST_NANOS.accumulateAndGet(System.nanoTime() - start, Math::max);
      CALLS.increment();
      if (pauseMicros > 0) {
        java.util.concurrent.locks.LockSupport.parkNanos(pauseMicros * 1000);
      }
    }
  }

  private static void sampleUntil(long deadline) throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    while (System.nanoTime() < deadline) {
      Thread.sleep(Math.min(5_000, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
      System.gc();
      System.out.println(
          "SAMPLE "
              + memory.getHeapMemoryUsage().getUsed()
              + " "
              + ManagementFactory.getThreadMXBean().getThreadCount());
    }
  }
}
