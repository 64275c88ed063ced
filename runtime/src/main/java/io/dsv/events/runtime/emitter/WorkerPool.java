package io.dsv.events.runtime.emitter;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run subscriber handlers. A handler stuck past its timeout holds a thread the
 * pool cannot take back, so the pool grows by one for each stuck handler and shrinks again when it
 * returns: stuck handlers never starve the other subscribers, and the thread count stays bounded by
 * {@code workers} plus the number of subscribers (a subscriber has at most one handler running).
 */
final class WorkerPool {
  private final int workers;
  private final ThreadPoolExecutor executor;
  private int stuck;

  WorkerPool(int workers, String threadPrefix) {
    this.workers = workers;
    this.executor =
        new ThreadPoolExecutor(
            workers,
            workers,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            daemonThreads(threadPrefix));
  }

  void execute(Runnable task) {
    executor.execute(task);
  }

  /** One more handler is stuck: add a thread in its place. */
  synchronized void handlerStuck() {
    stuck++;
    executor.setMaximumPoolSize(workers + stuck);
    executor.setCorePoolSize(workers + stuck);
  }

  /** A stuck handler returned: give its extra thread back. */
  synchronized void handlerRecovered() {
    stuck--;
    executor.setCorePoolSize(workers + stuck);
    executor.setMaximumPoolSize(workers + stuck);
  }

  /** Lets running handlers finish, then ends the threads; interrupts them after {@code nanos}. */
  boolean shutdown(long nanos) throws InterruptedException {
    executor.shutdown();
    if (executor.awaitTermination(nanos, TimeUnit.NANOSECONDS)) {
      return true;
    }
    executor.shutdownNow();
    return false;
  }

  boolean isShutdown() {
    return executor.isShutdown();
  }

  static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
