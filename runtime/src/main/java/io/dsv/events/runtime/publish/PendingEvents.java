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
  private final ArrayDeque<Timed> events = new ArrayDeque<>();
  private final int capacity;
  private final int batchSize;

  private record Timed(Event event, long enqueuedNanos) {}

  PendingEvents(int capacity, int batchSize) {
    this.capacity = capacity;
    this.batchSize = batchSize;
  }

  /** Adds an event unless {@code capacity} are waiting already; never blocks beyond the lock. */
  boolean offer(Event event) {
    lock.lock();
    try {
      if (events.size() >= capacity) {
        return false;
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
   * Waits for a batch: returns up to {@code batchSize} events once that many wait, the oldest has
   * waited {@code maxWaitNanos}, {@code flushNow} says so, or {@code idleNanos} pass with nothing
   * to send (then empty).
   */
  List<Event> takeBatch(long maxWaitNanos, long idleNanos, BooleanSupplier flushNow)
      throws InterruptedException {
    int max = batchSize;
    lock.lock();
    try {
      long idleDeadline = System.nanoTime() + idleNanos;
      while (true) {
        long now = System.nanoTime();
        if (!events.isEmpty()) {
          long due = events.peekFirst().enqueuedNanos() + maxWaitNanos;
          if (events.size() >= max || now - due >= 0 || flushNow.getAsBoolean()) {
            return drain(max);
          }
          arrived.awaitNanos(Math.min(due - now, idleNanos));
        } else if (now - idleDeadline >= 0 || flushNow.getAsBoolean()) {
          return List.of();
        } else {
          arrived.awaitNanos(idleDeadline - now);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** Wakes a waiting {@link #takeBatch}, e.g. to flush at shutdown. */
  void wake() {
    lock.lock();
    try {
      arrived.signalAll();
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
    return batch;
  }
}
