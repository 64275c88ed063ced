package io.dsv.events.runtime.publish;

/**
 * The publisher's exact counts for one event type: {@code accepted = published + dropped + failed +
 * pending}.
 *
 * @param accepted events handed to {@link RedisPublisher#publish}
 * @param published events Redis acknowledged
 * @param dropped events given up on (outage buffer full, not running, shutdown timed out)
 * @param failed events Redis refused with an error reply
 * @param pending events still waiting
 */
public record PublisherCounts(
    long accepted, long published, long dropped, long failed, long pending) {

  PublisherCounts plus(PublisherCounts other) {
    return new PublisherCounts(
        accepted + other.accepted,
        published + other.published,
        dropped + other.dropped,
        failed + other.failed,
        pending + other.pending);
  }
}
