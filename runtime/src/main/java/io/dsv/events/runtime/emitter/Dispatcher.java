package io.dsv.events.runtime.emitter;

import io.dsv.events.runtime.model.Event;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one thread that takes events from the buffer, in order, and hands each to the sinks and to
 * the lanes of the subscribers that want its type. Handing over is a non-blocking queue offer, so
 * no handler can slow it down.
 */
final class Dispatcher implements Runnable {
  private static final long IDLE_PARK_NANOS = 50_000_000L;

  private final EventBuffer buffer;
  private final Supplier<SubscriberLane[]> lanes;
  private final Supplier<EventSink[]> sinks;
  private final Runnable sinkFailed;
  private final EmitterMetrics metrics;
  private final BooleanSupplier stopping;

  Dispatcher(
      EventBuffer buffer,
      Supplier<SubscriberLane[]> lanes,
      Supplier<EventSink[]> sinks,
      Runnable sinkFailed,
      EmitterMetrics metrics,
      BooleanSupplier stopping) {
    this.buffer = buffer;
    this.lanes = lanes;
    this.sinks = sinks;
    this.sinkFailed = sinkFailed;
    this.metrics = metrics;
    this.stopping = stopping;
  }

  @Override
  public void run() {
    int idleRounds = 0;
    while (true) {
      Event event = buffer.poll();
      if (event != null) {
        idleRounds = 0;
        dispatch(event);
      } else if (stopping.getAsBoolean() && metrics.allAccountedFor()) {
        return; // every emit so far is dispatched or dropped, and no new one is accepted
      } else if (Thread.currentThread().isInterrupted()) {
        return; // shutdown ran out of time; the emitter counts what is left
      } else {
        buffer.awaitEvents(idleRounds, IDLE_PARK_NANOS);
        idleRounds = Math.min(idleRounds + 1, 1_000_000);
      }
    }
  }

  private void dispatch(Event event) {
    for (EventSink sink : sinks.get()) {
      try {
        sink.accept(event);
      } catch (RuntimeException e) { // a sink must not throw; if one does, count it and go on
        sinkFailed.run();
      }
    }
    for (SubscriberLane lane : lanes.get()) {
      if (lane.subscriber().wants(event.type())) {
        lane.offer(event);
      }
    }
    metrics.processed(event.type());
  }
}
