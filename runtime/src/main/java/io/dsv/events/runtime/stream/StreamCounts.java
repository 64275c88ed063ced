package io.dsv.events.runtime.stream;

/**
 * What an {@link EventStream} has seen: {@code received = malformed + filtered + dropped +
 * delivered}.
 *
 * @param received messages that arrived on the subscribed channels
 * @param malformed messages that were not readable events, skipped
 * @param filtered events of other types, or that the predicate rejected
 * @param dropped events the reader did not take before the queue filled
 */
public record StreamCounts(long received, long malformed, long filtered, long dropped) {}
