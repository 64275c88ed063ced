package io.dsv.events.runtime.emitter;

import io.dsv.events.runtime.model.Event;

/**
 * A consumer the dispatcher calls directly, in emit order, for every event it dispatches: for
 * in-runtime consumers that only hand the event on, such as the Redis publisher. It must neither
 * block nor throw; anything slower belongs in a {@link Subscriber}, which runs on the workers.
 */
@FunctionalInterface
public interface EventSink {

  /**
   * Takes one event without blocking; an event it cannot take it counts itself.
   *
   * @param event the event
   */
  void accept(Event event);
}
