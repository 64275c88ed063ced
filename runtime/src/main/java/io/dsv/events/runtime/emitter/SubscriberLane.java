package io.dsv.events.runtime.emitter;

import io.dsv.events.runtime.model.Event;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.jctools.queues.atomic.MpscAtomicArrayQueue;

/**
 * One subscriber's queue of events and the task that feeds them to its handler, one at a time and
 * in order, on whichever worker is free. A lane is scheduled on the pool only while it has events,
 * so idle subscribers hold no thread, and a slow one holds at most one.
 */
final class SubscriberLane implements Runnable {
  // Events handled per turn before the lane yields its worker to other lanes.
  private static final int EVENTS_PER_TURN = 256;

  private final Subscriber subscriber;
  private final MpscAtomicArrayQueue<Event> mailbox;
  private final WorkerPool pool;
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private volatile Invocation current;

  final LongAdder delivered = new LongAdder();
  final LongAdder filtered = new LongAdder();
  final LongAdder failures = new LongAdder();
  final LongAdder timeouts = new LongAdder();
  final LongAdder dropped = new LongAdder();

  SubscriberLane(Subscriber subscriber, int capacity, WorkerPool pool) {
    this.subscriber = subscriber;
    this.mailbox = new MpscAtomicArrayQueue<>(Math.max(2, capacity));
    this.pool = pool;
  }

  Subscriber subscriber() {
    return subscriber;
  }

  /** Queues an event for the handler; a full queue drops it and counts the drop. */
  void offer(Event event) {
    if (!mailbox.offer(event)) {
      dropped.increment();
      return;
    }
    schedule();
  }

  boolean idle() {
    return mailbox.isEmpty() && !scheduled.get();
  }

  /** Counts what is still queued as dropped; used when shutdown runs out of time. */
  int abandonQueued() {
    int count = mailbox.drain(event -> {});
    dropped.add(count);
    return count;
  }

  @Override
  public void run() {
    try {
      Event event;
      for (int i = 0; i < EVENTS_PER_TURN && (event = mailbox.relaxedPoll()) != null; i++) {
        handle(event);
      }
    } finally {
      scheduled.set(false);
      if (!mailbox.isEmpty()) {
        schedule();
      }
    }
  }

  /** Called by the watchdog: marks a handler running longer than {@code timeoutNanos}. */
  void checkTimeout(long nowNanos, long timeoutNanos) {
    Invocation running = current;
    if (running != null && nowNanos - running.startNanos > timeoutNanos && running.markTimedOut()) {
      timeouts.increment();
      pool.handlerStuck();
    }
  }

  private void schedule() {
    if (scheduled.compareAndSet(false, true)) {
      try {
        pool.execute(this);
      } catch (RejectedExecutionException e) {
        // The pool is shut down: what is queued now can never run.
        scheduled.set(false);
        abandonQueued();
      }
    }
  }

  private void handle(Event event) {
    Invocation invocation = new Invocation(Thread.currentThread(), System.nanoTime());
    current = invocation;
    try {
      if (subscriber.filter().test(event)) {
        subscriber.handler().handle(event);
        delivered.increment();
      } else {
        filtered.increment();
      }
    } catch (Throwable failure) { // a handler may throw anything; none of it may escape
      if (!invocation.timedOut()) {
        failures.increment();
      }
    } finally {
      current = null;
      if (invocation.finish()) {
        Thread.interrupted(); // the watchdog's interrupt must not leak into the next handler
        pool.handlerRecovered();
      }
    }
  }

  /** One running handler call, as the watchdog sees it. */
  private static final class Invocation {
    final Thread thread;
    final long startNanos;
    private boolean finished;
    private boolean timedOut;

    Invocation(Thread thread, long startNanos) {
      this.thread = thread;
      this.startNanos = startNanos;
    }

    /** Marks the call timed out and interrupts it, unless it has finished already. */
    synchronized boolean markTimedOut() {
      if (finished || timedOut) {
        return false;
      }
      timedOut = true;
      thread.interrupt();
      return true;
    }

    synchronized boolean timedOut() {
      return timedOut;
    }

    /** Marks the call finished; returns whether it had timed out. */
    synchronized boolean finish() {
      finished = true;
      return timedOut;
    }
  }
}
