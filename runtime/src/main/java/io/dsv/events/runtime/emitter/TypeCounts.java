package io.dsv.events.runtime.emitter;

/**
 * The emitter's exact counts for one event type: {@code emitted = processed + dropped + queued}.
 *
 * @param emitted calls to {@code emit}
 * @param processed events dispatched to the subscribers
 * @param dropped events not accepted, or given up at shutdown
 * @param queued events accepted and not yet dispatched
 */
public record TypeCounts(long emitted, long processed, long dropped, long queued) {}
