package io.dsv.events.runtime.publish;

import io.dsv.events.runtime.model.Event;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * The events waiting to be published, oldest first, bounded. A batch that failed for want of a
 * connection goes back to the front, so order per channel holds across an outage.
 */
final class PendingEvents {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final Condition drained = lock.newCondition();
  private final ArrayDeque<Timed> events = new ArrayDeque<>();
  private final int capacity;
  private final int batchSize;

  private record Timed(Event event, long enqueuedNanos) {}

  PendingEvents(int capacity, int batchSize) {
    this.capacity = capacity;
    this.batchSize = batchSize;
  }

  /**
   * Adds an event unless {@code capacity} are waiting already, waiting up to {@code waitNanos} for
   * room (0: not at all).
   */
  boolean offer(Event event, long waitNanos) throws InterruptedException {
    lock.lock();
    try {
      long remaining = waitNanos;
      while (events.size() >= capacity) {
        if (remaining <= 0) {
          return false;
        }
        remaining = drained.awaitNanos(remaining);
      }
      events.addLast(new Timed(event, System.nanoTime()));
      // Wake the publisher when there is something new to time, or a batch is full.
      if (events.size() == 1 || events.size() % batchSize == 0) {
        arrived.signal();
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Puts a batch back at the front, in its order. Events beyond the capacity are not taken back;
   * they are returned (the newest first) for the caller to count as dropped.
   */
  List<Event> putBack(List<Event> batch) {
    List<Event> overflow = new ArrayList<>();
    lock.lock();
    try {
      long now = System.nanoTime();
      for (int i = batch.size() - 1; i >= 0; i--) {
        if (events.size() >= capacity) {
          overflow.add(events.pollLast().event());
        }
        events.addFirst(new Timed(batch.get(i), now));
      }
      return overflow;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Takes a batch once one is ready: {@code batchSize} events wait, the oldest has waited {@code
   * maxWaitNanos}, or {@code flushNow} says so. Waits at most {@code waitNanos} for that, then
   * returns an empty list.
   */
  List<Event> takeBatch(long maxWaitNanos, long waitNanos, BooleanSupplier flushNow)
      throws InterruptedException {
    lock.lock();
    try {
      long deadline = System.nanoTime() + waitNanos;
      while (true) {
        long now = System.nanoTime();
        long wait = deadline - now;
        if (!events.isEmpty()) {
          long due = events.peekFirst().enqueuedNanos() + maxWaitNanos;
          if (events.size() >= batchSize || now - due >= 0 || flushNow.getAsBoolean()) {
            return drain(batchSize);
          }
          wait = Math.min(wait, due - now);
        }
        if (deadline - now <= 0 || (events.isEmpty() && flushNow.getAsBoolean())) {
          return List.of();
        }
        arrived.awaitNanos(wait);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Wakes a waiting {@link #takeBatch} and {@link #offer}, e.g. to flush at shutdown. */
  void wake() {
    lock.lock();
    try {
      arrived.signalAll();
      drained.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Removes and returns everything, oldest first. */
  List<Event> drainAll() {
    lock.lock();
    try {
      return drain(Integer.MAX_VALUE);
    } finally {
      lock.unlock();
    }
  }

  int size() {
    lock.lock();
    try {
      return events.size();
    } finally {
      lock.unlock();
    }
  }

  int capacity() {
    return capacity;
  }

  private List<Event> drain(int max) {
    int count = Math.min(max, events.size());
    List<Event> batch = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      batch.add(events.pollFirst().event());
    }
    if (count > 0) {
      drained.signalAll();
    }
    return batch;
  }
}
