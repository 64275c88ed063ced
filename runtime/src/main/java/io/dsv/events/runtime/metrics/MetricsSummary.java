package io.dsv.events.runtime.metrics;

/**
 * The one-line summary that the runtime logs periodically (the Go package logs its metrics every 30
 * s) and once more at shutdown: totals over all types. It is built from the runtime's own counts,
 * not read back from a registry, so it is right whatever registry the meters go to, and needs none.
 *
 * @param emitted events passed to {@code emit}
 * @param processed events dispatched to subscribers
 * @param dropped events the emitter did not accept
 * @param processingErrors handler and sink calls that threw or timed out
 * @param bufferUsagePercent the emitter's buffer fill, 0 to 100
 * @param publishing the Redis publisher's totals, or {@code null} without Redis
 */
public record MetricsSummary(
    long emitted,
    long processed,
    long dropped,
    long processingErrors,
    long bufferUsagePercent,
    Publishing publishing) {

  /**
   * The Redis publisher's totals.
   *
   * @param published events Redis acknowledged
   * @param dropped events the publisher gave up on
   * @param failed events Redis refused with an error reply
   * @param pending events still waiting
   * @param connected whether the publisher holds a connection
   */
  public record Publishing(
      long published, long dropped, long failed, long pending, boolean connected) {}

  /**
   * The line.
   *
   * @param withConnection whether to say if Redis is connected (not after the publisher stopped)
   * @return e.g. {@code emitted 120, processed 120, dropped 0, published 118, ...}
   */
  public String line(boolean withConnection) {
    StringBuilder line = new StringBuilder();
    append(line, "emitted", emitted);
    append(line, "processed", processed);
    append(line, "dropped", dropped);
    append(line, "processing errors", processingErrors);
    if (publishing != null) {
      append(line, "published", publishing.published());
      append(line, "publish dropped", publishing.dropped());
      append(line, "publish failed", publishing.failed());
      append(line, "pending", publishing.pending());
      if (withConnection) {
        line.append(publishing.connected() ? ", Redis connected" : ", Redis NOT connected");
      }
    }
    append(line, "buffer usage %", bufferUsagePercent);
    return line.toString();
  }

  private static void append(StringBuilder line, String label, long value) {
    if (!line.isEmpty()) {
      line.append(", ");
    }
    line.append(label).append(' ').append(value);
  }
}
