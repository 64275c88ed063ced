package io.dsv.events.runtime.emitter;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.model.Event;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A registration with an {@link Emitter}: which events, and what to do with them. Each subscriber
 * receives its events one at a time, in the order they were dispatched; a slow subscriber delays no
 * other.
 *
 * @param id unique among the emitter's subscribers; {@link Emitter#unsubscribe(String)} takes it
 * @param types the types wanted; empty means all
 * @param filter a further condition on each event, run before the handler
 * @param handler what to do with each event
 */
public record Subscriber(
    String id, Set<EventType> types, Predicate<Event> filter, EventHandler handler) {

  /** Checks the parts and copies the type set. */
  public Subscriber {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(handler, "handler");
    types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    filter = filter == null ? event -> true : filter;
  }

  /**
   * A subscriber to all events.
   *
   * @param id its id
   * @param handler what to do with each event
   * @return the subscriber
   */
  public static Subscriber toAll(String id, EventHandler handler) {
    return new Subscriber(id, Set.of(), null, handler);
  }

  /**
   * A subscriber to some types.
   *
   * @param id its id
   * @param handler what to do with each event
   * @param first a type wanted
   * @param more further types wanted
   * @return the subscriber
   */
  public static Subscriber to(String id, EventHandler handler, EventType first, EventType... more) {
    return new Subscriber(id, EnumSet.of(first, more), null, handler);
  }

  /**
   * Whether this subscriber wants events of a type (the filter is checked later, off the
   * dispatching thread).
   *
   * @param type an event type
   * @return {@code true} when wanted
   */
  public boolean wants(EventType type) {
    return types.isEmpty() || types.contains(type);
  }
}
