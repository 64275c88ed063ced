package io.dsv.events.runtime.emitter;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Checks the running handlers a few times per timeout period and marks those that run too long:
 * they are counted, interrupted, and their worker is replaced so other subscribers go on.
 */
final class HandlerWatchdog {
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          WorkerPool.daemonThreads("dsv-events-handler-watchdog-"));

  HandlerWatchdog(Duration timeout, Supplier<SubscriberLane[]> lanes) {
    long timeoutNanos = timeout.toNanos();
    long periodNanos =
        Math.max(
            TimeUnit.MILLISECONDS.toNanos(10),
            Math.min(timeoutNanos / 4, TimeUnit.MILLISECONDS.toNanos(250)));
    scheduler.scheduleAtFixedRate(
        () -> {
          long now = System.nanoTime();
          for (SubscriberLane lane : lanes.get()) {
            lane.checkTimeout(now, timeoutNanos);
          }
        },
        periodNanos,
        periodNanos,
        TimeUnit.NANOSECONDS);
  }

  void stop() {
    scheduler.shutdownNow();
  }
}
