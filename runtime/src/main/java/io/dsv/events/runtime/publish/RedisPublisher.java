package io.dsv.events.runtime.publish;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.config.Redaction;
import io.dsv.events.runtime.emitter.EventSink;
import io.dsv.events.runtime.messages.Messages;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.PayloadLimit;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.metrics.CommandLatencyRecorder;
import io.lettuce.core.resource.DefaultClientResources;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;

/**
 * Publishes events to Redis Pub/Sub exactly as the Go package does: one {@code PUBLISH <channel>
 * <json>} per event, pipelined in batches of {@code batch.size} flushed at least every {@code
 * flush.interval}.
 *
 * <p>{@link #publish} never blocks: events wait in a bounded buffer that one publisher thread
 * drains. While Redis is unreachable, up to {@code outage.buffer} events wait and are published, in
 * order, once it is back; more are dropped and counted. A batch that fails for want of a connection
 * is retried, never lost; an event Redis refuses with an error reply (an ACL's {@code NOPERM}, say)
 * is counted as failed. {@link #stop()} publishes what is left and waits for it, within {@code
 * shutdown.timeout}.
 *
 * <p>Delivery is at least once: a batch whose replies were lost with the connection is sent again,
 * and Redis may have delivered it the first time.
 */
public final class RedisPublisher implements EventSink, AutoCloseable {
  private static final RedisCodec<String, byte[]> CODEC =
      RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
  private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(2);
  private static final int MAX_IN_FLIGHT = 8;
  private static final java.util.regex.Pattern AUTH_FAILURE =
      java.util.regex.Pattern.compile("WRONGPASS|NOAUTH|NOPERM|invalid password|AUTH failed");

  private final PublisherConfig config;
  private final RedisClient client;
  private final RedisURI uri;
  private final boolean ownsClient;
  private final String shownUri;
  private final PendingEvents pending;
  private final PublisherMetrics metrics = new PublisherMetrics();
  private final Thread thread;
  private final PayloadLimit limit;
  private final String[] channelByType;
  private final BiConsumer<System.Logger.Level, String> notices;
  private final java.util.ArrayDeque<InFlight> inFlight = new java.util.ArrayDeque<>();
  private volatile boolean running;
  private volatile boolean stopping;
  private volatile long stopDeadline;
  private volatile StatefulRedisConnection<String, byte[]> connection;
  private boolean outageReported;
  private String lastCommandError = "";

  private RedisPublisher(
      PublisherConfig config,
      RedisClient client,
      RedisURI uri,
      boolean ownsClient,
      MeterRegistry registry,
      PayloadLimit limit,
      BiConsumer<System.Logger.Level, String> notices) {
    this.config = config;
    this.limit = limit;
    this.notices = notices;
    this.client = client;
    this.uri = uri;
    this.ownsClient = ownsClient;
    this.shownUri = Redaction.redactUri(uri.toString());
    this.channelByType =
        Arrays.stream(EventType.values()).map(config.channels()::channelFor).toArray(String[]::new);
    this.pending =
        new PendingEvents(config.outageBuffer() + config.batchSize(), config.batchSize());
    this.thread = new Thread(this::run, "dsv-events-publisher");
    this.thread.setDaemon(true);
    if (registry != null) {
      metrics.register(registry, pending::size, () -> connection == null ? 0 : 1);
    }
  }

  /**
   * A publisher with a Redis client of its own, made from a URI; {@link #stop()} shuts it down.
   *
   * @param redisUri e.g. {@code redis://host:6379}, {@code rediss://user:password@host:6380/0}
   * @param config how to publish
   * @param registry where its meters go, or {@code null} for none
   * @return the publisher, not yet started
   */
  public static RedisPublisher create(
      String redisUri, PublisherConfig config, MeterRegistry registry) {
    PayloadLimit limit = PayloadLimit.byDefault();
    if (registry != null) {
      limit.register(registry);
    }
    return create(redisUri, config, registry, limit, RedisPublisher::log);
  }

  /**
   * A publisher with a Redis client of its own, its messages held to a size limit.
   *
   * @param redisUri e.g. {@code redis://host:6379}
   * @param config how to publish
   * @param registry where its meters go, or {@code null} for none
   * @param limit the message size limit (shared with the JSON-lines sink; registered by the caller)
   * @param notices where outage, recovery and refusal messages go, with their level
   * @return the publisher, not yet started
   */
  public static RedisPublisher create(
      String redisUri,
      PublisherConfig config,
      MeterRegistry registry,
      PayloadLimit limit,
      BiConsumer<System.Logger.Level, String> notices) {
    RedisURI uri = RedisURI.create(redisUri);
    // Lettuce times every command into a histogram when HdrHistogram is present (Micrometer brings
    // it); the publisher has meters of its own, and the timing cost ~5% of the I/O thread.
    RedisClient client =
        RedisClient.create(
            DefaultClientResources.builder()
                .commandLatencyRecorder(CommandLatencyRecorder.disabled())
                .build());
    // Reconnection is the publisher's own: Lettuce's would re-send in-flight commands behind its
    // back and queue new ones without bound while disconnected.
    client.setOptions(
        ClientOptions.builder()
            .autoReconnect(false)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .timeoutOptions(TimeoutOptions.builder().timeoutCommands(false).build())
            .build());
    return new RedisPublisher(config, client, uri, true, registry, limit, notices);
  }

  /**
   * A publisher on a client the caller owns and shuts down; it opens one connection of its own to
   * the given server.
   *
   * @param client the caller's client
   * @param uri the server to publish to
   * @param config how to publish
   * @param registry where its meters go, or {@code null} for none
   * @return the publisher, not yet started
   */
  public static RedisPublisher create(
      RedisClient client, RedisURI uri, PublisherConfig config, MeterRegistry registry) {
    return new RedisPublisher(
        config, client, uri, false, registry, PayloadLimit.byDefault(), RedisPublisher::log);
  }

  /**
   * Starts the publisher thread, which connects in the background: this call never waits for Redis.
   *
   * @return this publisher
   */
  public RedisPublisher start() {
    running = true;
    thread.start();
    return this;
  }

  /**
   * Queues an event for publishing. When the buffer is full (Redis unreachable or slow), the event
   * is dropped and counted, at once or, with {@code drop.on.overflow=false}, after waiting up to
   * {@code emit.timeout} for room.
   *
   * @param event the event
   * @return whether it was queued
   */
  public boolean publish(Event event) {
    EventType type = event.type();
    metrics.accepted(type);
    if (!running || stopping) {
      metrics.dropped(type, PublishDropReason.NOT_RUNNING);
      return false;
    }
    try {
      if (pending.offer(event, config.fullWait().toNanos())) {
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    metrics.dropped(type, PublishDropReason.OUTAGE_BUFFER_FULL);
    return false;
  }

  /** The emitter's hook: same as {@link #publish}. */
  @Override
  public void accept(Event event) {
    publish(event);
  }

  /**
   * The exact counts for one type.
   *
   * @param type the event type
   * @return accepted, published, dropped, failed and pending
   */
  public PublisherCounts counts(EventType type) {
    return metrics.counts(type);
  }

  /**
   * The exact counts over all types.
   *
   * @return accepted, published, dropped, failed and pending
   */
  public PublisherCounts totals() {
    return metrics.totals();
  }

  /**
   * Whether the publisher currently holds a Redis connection.
   *
   * @return {@code true} when connected
   */
  public boolean isConnected() {
    return connection != null;
  }

  /**
   * The channel naming this publisher uses.
   *
   * @return the channels
   */
  public Channels channels() {
    return config.channels();
  }

  /**
   * Publishes what is waiting, within the configured {@code shutdown.timeout}.
   *
   * @return whether everything was published (or refused) in time
   */
  public boolean stop() {
    return stop(config.shutdownTimeout());
  }

  /**
   * Stops taking events, publishes what is waiting and waits for Redis to acknowledge it, then
   * closes the connection. What is still waiting when the timeout runs out is counted as dropped.
   *
   * @param timeout the longest it may take
   * @return whether everything was published (or refused) in time
   */
  public synchronized boolean stop(Duration timeout) {
    if (stopping) {
      return true;
    }
    stopDeadline = System.nanoTime() + timeout.toNanos();
    stopping = true;
    pending.wake();
    boolean finished = true;
    if (thread.isAlive()) {
      finished = join(stopDeadline + TimeUnit.MILLISECONDS.toNanos(200));
      if (!finished) {
        thread.interrupt();
        join(System.nanoTime() + TimeUnit.SECONDS.toNanos(1));
      }
    }
    List<Event> left = pending.drainAll();
    for (Event event : left) {
      metrics.dropped(event.type(), PublishDropReason.SHUTDOWN_TIMED_OUT);
    }
    CompletableFuture<Void> closed = closeConnection();
    if (ownsClient) {
      // Shutting the client down closes its connections too: let ours finish closing first, or
      // Lettuce warns that it is closed twice.
      awaitQuietly(closed, TimeUnit.SECONDS.toNanos(1));
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      client.getResources().shutdown(0, 2, TimeUnit.SECONDS);
    }
    running = false;
    return finished && left.isEmpty();
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  private void run() {
    int failures = 0;
    while (!pastStopDeadline()) {
      if (connection == null) {
        if (stopping && pending.size() == 0) {
          return;
        }
        if (!connect()) {
          pause(backoff(++failures));
          continue;
        }
      }
      List<Event> batch;
      try {
        batch =
            inFlight.size() < MAX_IN_FLIGHT
                ? pending.takeBatch(
                    flushNanos(), inFlight.isEmpty() ? IDLE_NANOS : 0, () -> stopping)
                : List.of();
      } catch (InterruptedException e) {
        return;
      }
      if (!batch.isEmpty()) {
        write(batch);
      } else if (!inFlight.isEmpty()) {
        if (completeOldest()) {
          failures = 0;
        } else {
          pause(backoff(++failures));
        }
      } else if (stopping) {
        return;
      }
    }
  }

  private long flushNanos() {
    return config.batching() ? config.flushInterval().toNanos() : 0;
  }

  private boolean connect() {
    try {
      StatefulRedisConnection<String, byte[]> fresh =
          client
              .connectAsync(CODEC, uri)
              .toCompletableFuture()
              .get(remaining(config.commandTimeout()), TimeUnit.NANOSECONDS);
      fresh.setAutoFlushCommands(!config.batching());
      connection = fresh;
      if (outageReported) {
        outageReported = false;
        notices.accept(System.Logger.Level.INFO, Messages.redisBack(shownUri, pending.size()));
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      reportOutage(e);
      return false;
    }
  }

  /**
   * Writes a batch without waiting for Redis: up to {@value #MAX_IN_FLIGHT} batches are in flight
   * at once, so encoding the next one overlaps the round trip of the last.
   */
  private void write(List<Event> batch) {
    StatefulRedisConnection<String, byte[]> conn = connection;
    List<RedisFuture<Long>> futures = new ArrayList<>(batch.size());
    for (Event event : batch) {
      futures.add(conn.async().publish(channelByType[event.type().ordinal()], limit.encode(event)));
    }
    if (config.batching()) {
      conn.flushCommands();
    }
    metrics.batches.increment();
    inFlight.addLast(
        new InFlight(batch, futures, System.nanoTime() + remaining(config.commandTimeout())));
  }

  /**
   * Waits for the oldest batch in flight. Returns false when the connection failed: then that
   * batch's unacknowledged events and every later batch go back to the front of the buffer, in
   * order, to be sent again once connected.
   */
  private boolean completeOldest() {
    InFlight oldest = inFlight.pollFirst();
    Throwable connectionFailure = null;
    List<Event> retry = new ArrayList<>();
    for (int i = 0; i < oldest.events().size(); i++) {
      Event event = oldest.events().get(i);
      if (connectionFailure != null) {
        oldest.futures().get(i).cancel(false);
        retry.add(event);
        continue;
      }
      try {
        long wait = Math.max(0, Math.min(oldest.deadline(), deadlineCap()) - System.nanoTime());
        oldest.futures().get(i).get(wait, TimeUnit.NANOSECONDS);
        metrics.published(event.type());
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RedisCommandExecutionException refused) {
          refusedByRedis(event, refused);
        } else {
          connectionFailure = e.getCause();
          retry.add(event);
        }
      } catch (TimeoutException | java.util.concurrent.CancellationException e) {
        connectionFailure = e;
        retry.add(event);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        connectionFailure = e;
        retry.add(event);
      }
    }
    if (connectionFailure == null) {
      return true;
    }
    for (InFlight later : inFlight) {
      later.futures().forEach(future -> future.cancel(false));
      retry.addAll(later.events());
    }
    inFlight.clear();
    metrics.connectionErrors.increment();
    for (Event lost : pending.putBack(retry)) {
      metrics.dropped(lost.type(), PublishDropReason.OUTAGE_BUFFER_FULL);
    }
    closeConnection();
    reportOutage(connectionFailure);
    return false;
  }

  private long deadlineCap() {
    return stopping ? stopDeadline : Long.MAX_VALUE;
  }

  private void refusedByRedis(Event event, RedisCommandExecutionException refused) {
    metrics.failed(event.type());
    metrics.commandErrors.increment();
    String message = String.valueOf(refused.getMessage());
    if (!message.equals(lastCommandError)) {
      lastCommandError = message;
      notices.accept(System.Logger.Level.WARNING, Messages.redisRefused(shownUri, message));
    }
  }

  /**
   * Notices of a publisher made without {@code DsvEventsRuntime}: the platform logger, looked up
   * only then (the lookup starts java.util.logging).
   */
  private static void log(System.Logger.Level level, String message) {
    System.getLogger("io.dsv.events.publisher").log(level, Messages.LOG_PREFIX + message);
  }

  private void reportOutage(Throwable cause) {
    if (!outageReported) {
      outageReported = true;
      String reason = describe(cause);
      String message =
          AUTH_FAILURE.matcher(reason).find()
              ? Messages.redisAuthFailed(shownUri, reason, config.outageBuffer())
              : Messages.redisUnreachable(shownUri, reason, config.outageBuffer());
      notices.accept(System.Logger.Level.WARNING, message);
    }
  }

  private String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getClass().getSimpleName() + ": " + root.getMessage();
    // Lettuce may quote the URI it was given; never show its password.
    return Redaction.redactUri(text).replace(uri.toString(), shownUri);
  }

  /** A batch written to Redis whose replies are awaited. */
  private record InFlight(List<Event> events, List<RedisFuture<Long>> futures, long deadline) {}

  private CompletableFuture<Void> closeConnection() {
    StatefulRedisConnection<String, byte[]> conn = connection;
    connection = null;
    return conn == null ? CompletableFuture.completedFuture(null) : conn.closeAsync();
  }

  private long remaining(Duration cap) {
    long capNanos = cap.toNanos();
    if (!stopping) {
      return capNanos;
    }
    return Math.max(0, Math.min(capNanos, stopDeadline - System.nanoTime()));
  }

  private boolean pastStopDeadline() {
    return stopping && System.nanoTime() - stopDeadline >= 0;
  }

  private static long backoff(int failures) {
    return Math.min(
        MAX_BACKOFF_NANOS, TimeUnit.MILLISECONDS.toNanos(50L << Math.min(failures, 10)));
  }

  private void pause(long nanos) {
    long until = System.nanoTime() + nanos;
    while (!pastStopDeadline() && System.nanoTime() - until < 0) {
      if (stopping && pending.size() == 0) {
        return;
      }
      LockSupport.parkNanos(Math.min(TimeUnit.MILLISECONDS.toNanos(20), until - System.nanoTime()));
    }
  }

  private static void awaitQuietly(CompletableFuture<Void> future, long nanos) {
    try {
      future.get(nanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // Closing failed or is slow: the client's shutdown that follows closes it anyway.
    }
  }

  private boolean join(long deadline) {
    try {
      long millis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      thread.join(Math.max(1, millis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !thread.isAlive();
  }
}
