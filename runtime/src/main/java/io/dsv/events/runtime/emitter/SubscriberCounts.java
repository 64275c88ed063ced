package io.dsv.events.runtime.emitter;

/**
 * What happened to the events dispatched to one subscriber.
 *
 * @param delivered handled without error
 * @param filtered skipped by the subscriber's filter
 * @param failed the handler threw
 * @param timedOut the handler ran past the handler timeout
 * @param dropped its queue was full, or it was given up at shutdown
 */
public record SubscriberCounts(
    long delivered, long filtered, long failed, long timedOut, long dropped) {}
