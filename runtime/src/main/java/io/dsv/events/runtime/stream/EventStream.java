package io.dsv.events.runtime.stream;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.EventJson;
import io.dsv.events.runtime.model.MalformedEventException;
import io.dsv.events.runtime.publish.Channels;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * Events read from Redis Pub/Sub, as the Go package's {@code NewEventStream}: the types asked for
 * (none means all), optionally narrowed by a predicate, parsed into {@link Event}s. Events written
 * by the Go components parse too. A message that is not a readable event is counted and skipped.
 *
 * <pre>{@code
 * try (EventStream stream = EventStream.open("redis://localhost:6379", channels,
 *         Set.of(EventType.SUBMISSION_REJECTED), e -> e.component().equals("dequeuer"))) {
 *   for (Event event : stream) {          // blocks until the next event; ends when closed
 *     System.out.println(event.type());
 *   }
 * }
 * }</pre>
 *
 * <p>Received events wait in a bounded queue ({@value #DEFAULT_CAPACITY} by default) until the
 * reader takes them; when the reader falls that far behind, newer events are dropped and counted.
 * The subscription survives Redis restarts (Lettuce resubscribes), though Pub/Sub itself keeps
 * nothing published while the stream was disconnected. {@link #close()} releases the connection.
 */
public final class EventStream implements AutoCloseable, Iterable<Event> {
  /** Events held for a slow reader before newer ones are dropped. */
  public static final int DEFAULT_CAPACITY = 10_000;

  private static final RedisCodec<String, byte[]> CODEC =
      RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

  private final RedisClient client;
  private final boolean ownsClient;
  private final StatefulRedisPubSubConnection<String, byte[]> connection;
  private final Set<EventType> types;
  private final Predicate<Event> filter;
  private final BlockingQueue<Event> queue;
  private final LongAdder received = new LongAdder();
  private final LongAdder malformed = new LongAdder();
  private final LongAdder filtered = new LongAdder();
  private final LongAdder dropped = new LongAdder();
  private volatile String lastMalformed = "";
  private volatile boolean closed;

  private EventStream(
      RedisClient client,
      boolean ownsClient,
      RedisURI uri,
      Channels channels,
      Set<EventType> types,
      Predicate<Event> filter,
      int capacity) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.types = Set.copyOf(types);
    this.filter = filter == null ? event -> true : filter;
    this.queue = new LinkedBlockingQueue<>(capacity);
    this.connection = client.connectPubSub(CODEC, uri);
    connection.addListener(new Listener());
    Channels.Subscriptions subscriptions = channels.subscriptionsFor(this.types);
    if (!subscriptions.channels().isEmpty()) {
      connection.sync().subscribe(subscriptions.channels().toArray(String[]::new));
    }
    if (!subscriptions.patterns().isEmpty()) {
      connection.sync().psubscribe(subscriptions.patterns().toArray(String[]::new));
    }
  }

  /**
   * Opens a stream with a Redis client of its own; {@link #close()} shuts it down. Returns once the
   * subscription is active, so nothing published afterwards is missed.
   *
   * @param redisUri the server
   * @param channels the channel naming of the publishers to read
   * @param types the types wanted; empty for all
   * @param filter a further condition, or {@code null}
   * @return the stream
   */
  public static EventStream open(
      String redisUri, Channels channels, Set<EventType> types, Predicate<Event> filter) {
    RedisClient client = RedisClient.create();
    try {
      return new EventStream(
          client, true, RedisURI.create(redisUri), channels, types, filter, DEFAULT_CAPACITY);
    } catch (RuntimeException e) {
      client.shutdown();
      throw e;
    }
  }

  /**
   * Opens a stream on a client the caller owns and shuts down.
   *
   * @param client the caller's client
   * @param uri the server
   * @param channels the channel naming of the publishers to read
   * @param types the types wanted; empty for all
   * @param filter a further condition, or {@code null}
   * @param capacity events held for a slow reader
   * @return the stream
   */
  public static EventStream open(
      RedisClient client,
      RedisURI uri,
      Channels channels,
      Set<EventType> types,
      Predicate<Event> filter,
      int capacity) {
    return new EventStream(client, false, uri, channels, types, filter, capacity);
  }

  /**
   * The next event, waiting up to {@code timeout} for one.
   *
   * @param timeout the longest wait
   * @return the event, or empty when none came in time or the stream is closed
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public Optional<Event> next(Duration timeout) throws InterruptedException {
    if (closed && queue.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
  }

  /**
   * Iterates the events as they arrive; {@code hasNext()} blocks until an event arrives, and
   * returns {@code false} once the stream is closed and drained (or the thread interrupted).
   *
   * @return a blocking iterator
   */
  @Override
  public Iterator<Event> iterator() {
    return new Iterator<>() {
      private Event next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          if (closed && queue.isEmpty()) {
            return false;
          }
          try {
            next = queue.poll(100, TimeUnit.MILLISECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        }
        return true;
      }

      @Override
      public Event next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Event event = next;
        next = null;
        return event;
      }
    };
  }

  /**
   * Whether {@link #close()} was called.
   *
   * @return whether the stream is closed
   */
  public boolean isClosed() {
    return closed;
  }

  /**
   * What the stream has seen so far.
   *
   * @return received, malformed, filtered and dropped messages
   */
  public StreamCounts counts() {
    return new StreamCounts(received.sum(), malformed.sum(), filtered.sum(), dropped.sum());
  }

  /**
   * Why the last malformed message could not be read, for diagnostics.
   *
   * @return the message, or {@code ""} when none was malformed
   */
  public String lastMalformed() {
    return lastMalformed;
  }

  /** Unsubscribes and releases the connection (and the client, when the stream made it). */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    connection.close();
    if (ownsClient) {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
  }

  private void onMessage(byte[] message) {
    received.increment();
    Event event;
    try {
      event = EventJson.read(message);
    } catch (MalformedEventException e) {
      malformed.increment();
      lastMalformed = e.getMessage();
      return;
    }
    if (!types.isEmpty() && !types.contains(event.type()) || !accepts(event)) {
      filtered.increment();
      return;
    }
    if (!queue.offer(event)) {
      dropped.increment();
    }
  }

  private boolean accepts(Event event) {
    try {
      return filter.test(event);
    } catch (RuntimeException e) { // a broken predicate rejects, it does not break the stream
      return false;
    }
  }

  /** Runs on Lettuce's I/O thread: parse and queue, never block. */
  private final class Listener extends RedisPubSubAdapter<String, byte[]> {
    @Override
    public void message(String channel, byte[] message) {
      onMessage(message);
    }

    @Override
    public void message(String pattern, String channel, byte[] message) {
      onMessage(message);
    }
  }
}
