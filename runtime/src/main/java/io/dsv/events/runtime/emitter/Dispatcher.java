package io.dsv.events.runtime.emitter;

import io.dsv.events.runtime.model.Event;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one thread that takes events from the buffer, in order, and hands each to the lanes of the
 * subscribers that want its type. Handing over is a non-blocking queue offer, so no handler can
 * slow it down.
 */
final class Dispatcher implements Runnable {
  private static final long IDLE_PARK_NANOS = 50_000_000L;

  private final EventBuffer buffer;
  private final Supplier<SubscriberLane[]> lanes;
  private final EmitterMetrics metrics;
  private final BooleanSupplier stopping;

  Dispatcher(
      EventBuffer buffer,
      Supplier<SubscriberLane[]> lanes,
      EmitterMetrics metrics,
      BooleanSupplier stopping) {
    this.buffer = buffer;
    this.lanes = lanes;
    this.metrics = metrics;
    this.stopping = stopping;
  }

  @Override
  public void run() {
    while (true) {
      Event event = buffer.poll();
      if (event != null) {
        dispatch(event);
      } else if (stopping.getAsBoolean() && metrics.allAccountedFor()) {
        return; // every emit so far is dispatched or dropped, and no new one is accepted
      } else if (Thread.currentThread().isInterrupted()) {
        return; // shutdown ran out of time; the emitter counts what is left
      } else {
        buffer.awaitEvents(IDLE_PARK_NANOS);
      }
    }
  }

  private void dispatch(Event event) {
    for (SubscriberLane lane : lanes.get()) {
      if (lane.subscriber().wants(event.type())) {
        lane.offer(event);
      }
    }
    metrics.processed(event.type());
  }
}
