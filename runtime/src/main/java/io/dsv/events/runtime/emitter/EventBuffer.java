package io.dsv.events.runtime.emitter;

import io.dsv.events.runtime.model.Event;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jctools.queues.MpscArrayQueue;

/**
 * The bounded buffer between {@code emit} (many producer threads) and the dispatcher (one
 * consumer). Offering never blocks and never locks; the consumer parks when it is empty and a
 * producer wakes it only if it is parked, so a busy pipeline pays no wake-up cost.
 */
final class EventBuffer {
  // A lost wake-up cannot happen (both sides write, then read, volatile state), but a bounded park
  // keeps the dispatcher safe even if that reasoning were ever broken by a change.
  private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final MpscArrayQueue<Event> queue;
  private final int capacity;
  private volatile Thread parkedConsumer;

  EventBuffer(int capacity) {
    // JCTools rounds the capacity up to a power of two; the emitter keeps to the configured one.
    this.queue = new MpscArrayQueue<>(Math.max(2, capacity));
    this.capacity = capacity;
  }

  /** Adds an event unless the buffer holds {@code capacity} events already. */
  boolean offer(Event event) {
    if (queue.size() >= capacity || !queue.offer(event)) {
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

  /** Parks the consumer until an event arrives, it is unparked, or {@code maxNanos} pass. */
  void awaitEvents(long maxNanos) {
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
