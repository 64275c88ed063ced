package io.dsv.events.runtime.emitter;

import io.dsv.events.runtime.model.Event;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jctools.queues.atomic.MpscAtomicArrayQueue;

/**
 * The bounded buffer between {@code emit} (many producer threads) and the dispatcher (one
 * consumer). Offering never blocks and never locks.
 *
 * <p>Waking a parked thread costs a producer a system call (about a microsecond), so the consumer
 * avoids needing it: when the buffer runs empty it first naps in short, growing steps (up to a
 * millisecond) that no producer has to interrupt, and only after a quiet spell does it park until
 * woken. A steady stream of events therefore never pays for a wake-up; the first event after a
 * quiet spell pays for one.
 */
final class EventBuffer {
  // A lost wake-up cannot happen (both sides write, then read, volatile state), but a bounded park
  // keeps the dispatcher safe even if that reasoning were ever broken by a change.
  private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  private static final long FIRST_NAP_NANOS = TimeUnit.MICROSECONDS.toNanos(20);
  private static final long LAST_NAP_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
  private static final int NAPS_BEFORE_PARKING = 64;

  private final MpscAtomicArrayQueue<Event> queue;
  private final int capacity;
  private volatile Thread parkedConsumer;

  EventBuffer(int capacity) {
    this.queue = new MpscAtomicArrayQueue<>(Math.max(2, capacity));
    this.capacity = capacity;
  }

  /** Adds an event unless the buffer holds {@code capacity} events already. */
  boolean offer(Event event) {
    // Exact bound in one CAS: JCTools rounds the array up to a power of two, the threshold keeps
    // the configured capacity.
    if (!queue.offerIfBelowThreshold(event, capacity)) {
      return false;
    }
    Thread parked = parkedConsumer;
    if (parked != null) {
      LockSupport.unpark(parked);
    }
    return true;
  }

  /** The next event, or {@code null} when the buffer is empty. Consumer thread only. */
  Event poll() {
    return queue.relaxedPoll();
  }

  /**
   * Waits a little for events; call it with the number of empty polls in a row so far. Short naps
   * come first, then a park until a producer wakes the consumer or {@code maxNanos} pass.
   */
  void awaitEvents(int idleRounds, long maxNanos) {
    if (idleRounds < NAPS_BEFORE_PARKING) {
      long nap = FIRST_NAP_NANOS << Math.min(idleRounds, 6);
      LockSupport.parkNanos(this, Math.min(nap, LAST_NAP_NANOS));
      return;
    }
    parkedConsumer = Thread.currentThread();
    try {
      if (queue.isEmpty()) {
        LockSupport.parkNanos(this, Math.min(maxNanos, MAX_PARK_NANOS));
      }
    } finally {
      parkedConsumer = null;
    }
  }

  /** Wakes the consumer, e.g. to let it see that the emitter is stopping. */
  void wakeConsumer() {
    Thread parked = parkedConsumer;
    if (parked != null) {
      LockSupport.unpark(parked);
    }
  }

  int size() {
    return queue.size();
  }

  int capacity() {
    return capacity;
  }
}
