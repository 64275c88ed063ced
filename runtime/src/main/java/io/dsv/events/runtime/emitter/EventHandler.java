package io.dsv.events.runtime.emitter;

import io.dsv.events.runtime.model.Event;

/** Receives events a {@link Subscriber} asked for. Runs on an emitter worker thread. */
@FunctionalInterface
public interface EventHandler {

  /**
   * Handles one event. An exception is counted as a processing error and does not affect other
   * events or subscribers; so does running past the emitter's handler timeout (the thread is then
   * interrupted).
   *
   * @param event the event
   * @throws Exception anything; it is counted, never propagated
   */
  void handle(Event event) throws Exception;
}
