package io.dsv.events.runtime.metrics;

/**
 * Every meter name and tag of dsv-events: the one place they are spelled. Names follow Micrometer's
 * dot convention, so a Prometheus registry shows {@code events.emitted} as {@code
 * events_emitted_total}; the keys of {@code Emitter.getMetrics()} are the Go package's ({@code
 * events_emitted}).
 */
public final class MetricNames {
  private MetricNames() {}

  /** Messages cut to {@code dsv.events.max.payload.bytes}, tagged by type. */
  public static final String EVENTS_TRUNCATED = "events.truncated";

  /** Events passed to {@code emit}, tagged by type. */
  public static final String EVENTS_EMITTED = "events.emitted";

  /** Events not accepted by the emitter, tagged by type and reason. */
  public static final String EVENTS_DROPPED = "events.dropped";

  /** Events the emitter dispatched to its subscribers, tagged by type. */
  public static final String EVENTS_PROCESSED = "events.processed";

  /** Handler failures: exceptions and timeouts, tagged by subscriber and kind. */
  public static final String PROCESSING_ERRORS = "processing.errors";

  /** Events a subscriber could not take because its queue was full, tagged by subscriber. */
  public static final String SUBSCRIBER_DROPPED = "subscriber.dropped";

  /** Events waiting in the emitter's buffer, as a fraction of its capacity. */
  public static final String BUFFER_USAGE = "buffer.usage";

  /** Subscribers currently registered. */
  public static final String SUBSCRIBERS = "subscribers";

  /** Events published to Redis (the server acknowledged the PUBLISH), tagged by type. */
  public static final String EVENTS_PUBLISHED = "events.published";

  /** Events the publisher gave up on, tagged by type and reason. */
  public static final String PUBLISH_DROPPED = "events.publish.dropped";

  /** Events Redis refused (an error reply such as NOPERM), tagged by type. */
  public static final String PUBLISH_FAILED = "events.publish.failed";

  /** Pipelined batches sent. */
  public static final String PUBLISHER_BATCHES = "publisher.batches";

  /** Publish errors, tagged by kind ({@code connection} or {@code command}). */
  public static final String PUBLISHER_ERRORS = "publisher.errors";

  /** Events waiting to be published (the outage buffer's fill). */
  public static final String PUBLISHER_PENDING = "publisher.pending";

  /** 1 while the publisher has a Redis connection, else 0. */
  public static final String PUBLISHER_CONNECTED = "publisher.connected";

  /** Messages an event stream received. */
  public static final String STREAM_RECEIVED = "stream.received";

  /** Messages an event stream could not read, skipped. */
  public static final String STREAM_MALFORMED = "stream.malformed";

  /** Events an event stream's reader did not take in time, dropped. */
  public static final String STREAM_DROPPED = "stream.dropped";

  /** Agent: bindings that failed on a call (a getter threw, a value did not convert). */
  public static final String AGENT_BINDING_FAILURES = "agent.binding.failures";

  /** Agent: methods woven with {@code @EmitsEvent}. */
  public static final String AGENT_WOVEN_METHODS = "agent.woven.methods";

  /** Tag: the event type's wire name. */
  public static final String TAG_TYPE = "type";

  /** Tag: why an event was dropped. */
  public static final String TAG_REASON = "reason";

  /** Tag: the subscriber's id. */
  public static final String TAG_SUBSCRIBER = "subscriber";

  /** Tag: what kind of handler failure. */
  public static final String TAG_KIND = "kind";

  /** Key of {@code getMetrics()}: events passed to emit. */
  public static final String KEY_EVENTS_EMITTED = "events_emitted";

  /** Key of {@code getMetrics()}: events dropped by the emitter. */
  public static final String KEY_EVENTS_DROPPED = "events_dropped";

  /** Key of {@code getMetrics()}: events dispatched. */
  public static final String KEY_EVENTS_PROCESSED = "events_processed";

  /** Key of {@code getMetrics()}: handler failures. */
  public static final String KEY_PROCESSING_ERRORS = "processing_errors";

  /** Key of {@code getMetrics()}: buffer usage in percent of capacity. */
  public static final String KEY_BUFFER_USAGE = "buffer_usage";

  /** Key of {@code getMetrics()}: subscriber count. */
  public static final String KEY_SUBSCRIBERS = "subscribers";

  /** Key of {@code getMetrics()}: events accepted but not yet dispatched. */
  public static final String KEY_EVENTS_QUEUED = "events_queued";

  /** Key of {@code getMetrics()}: events subscribers could not take. */
  public static final String KEY_SUBSCRIBER_DROPPED = "subscriber_dropped";
}
