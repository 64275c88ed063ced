package io.dsv.events.runtime.emitter;

import static io.dsv.events.runtime.metrics.MetricNames.KEY_BUFFER_USAGE;
import static io.dsv.events.runtime.metrics.MetricNames.KEY_EVENTS_DROPPED;
import static io.dsv.events.runtime.metrics.MetricNames.KEY_EVENTS_EMITTED;
import static io.dsv.events.runtime.metrics.MetricNames.KEY_EVENTS_PROCESSED;
import static io.dsv.events.runtime.metrics.MetricNames.KEY_EVENTS_QUEUED;
import static io.dsv.events.runtime.metrics.MetricNames.KEY_PROCESSING_ERRORS;
import static io.dsv.events.runtime.metrics.MetricNames.KEY_SUBSCRIBERS;
import static io.dsv.events.runtime.metrics.MetricNames.KEY_SUBSCRIBER_DROPPED;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.messages.Messages;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.EventPayload;
import io.dsv.events.runtime.model.PipelineEvents;
import io.dsv.events.runtime.model.SubmissionPayload;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The in-process event emitter: {@code emit} puts events in a bounded buffer without blocking, a
 * dispatcher hands them to the subscribers that want them, and a worker pool runs the handlers.
 *
 * <p>Accounting is exact: for every type, {@code emitted = processed + dropped + queued}, where
 * {@code processed} counts events handed to the subscribers and {@code queued} those still in the
 * buffer. What a subscriber could not take (its own queue full) or failed to handle is counted per
 * subscriber. Nothing is dropped silently.
 *
 * <pre>{@code
 * try (Emitter emitter = new Emitter(EmitterConfig.defaults()).start()) {
 *   emitter.subscribe(Subscriber.toAll("log", event -> log.info("{}", event.type())));
 *   emitter.emitEpochStarted("dequeuer", "epoch_123");
 * }
 * }</pre>
 */
public final class Emitter implements AutoCloseable {
  private enum State {
    NEW,
    RUNNING,
    STOPPING,
    STOPPED
  }

  private final EmitterConfig config;
  private final MeterRegistry registry;
  private final boolean withMeters;
  private final EventBuffer buffer;
  private final EmitterMetrics metrics = new EmitterMetrics();
  private final WorkerPool pool;
  private final Object lifecycle = new Object();
  private volatile State state = State.NEW;
  private volatile SubscriberLane[] lanes = new SubscriberLane[0];
  private volatile EventSink[] sinks = new EventSink[0];
  private final ThreadFactory dispatcherThreads;
  private Thread dispatcher;
  private HandlerWatchdog watchdog;

  /**
   * An emitter with its own {@link SimpleMeterRegistry}.
   *
   * @param config how it runs
   */
  public Emitter(EmitterConfig config) {
    this(config, new SimpleMeterRegistry());
  }

  /**
   * An emitter whose meters go to the caller's registry (when {@code config.metricsEnabled()}).
   *
   * @param config how it runs
   * @param registry where its meters are registered, or {@code null} for none (it counts anyway)
   */
  public Emitter(EmitterConfig config, MeterRegistry registry) {
    this(config, registry, Emitter::dispatcherThread);
  }

  /** For tests that need to hold the dispatcher back. */
  Emitter(EmitterConfig config, MeterRegistry registry, ThreadFactory dispatcherThreads) {
    this.dispatcherThreads = dispatcherThreads;
    this.config = config;
    this.registry = registry;
    this.withMeters = config.metricsEnabled() && registry != null;
    this.buffer = new EventBuffer(config.bufferSize());
    this.pool = new WorkerPool(config.workers(), "dsv-events-worker-");
    if (withMeters) {
      metrics.register(
          registry, () -> (double) buffer.size() / buffer.capacity(), () -> lanes.length);
    }
  }

  /**
   * Starts the dispatcher and the workers; calling it again is harmless.
   *
   * @return this emitter
   * @throws IllegalStateException when the emitter was stopped already
   */
  public Emitter start() {
    synchronized (lifecycle) {
      if (state == State.RUNNING) {
        return this;
      }
      if (state != State.NEW) {
        throw new IllegalStateException(Messages.EMITTER_NOT_RESTARTABLE);
      }
      watchdog = new HandlerWatchdog(config.handlerTimeout(), () -> lanes);
      dispatcher =
          dispatcherThreads.newThread(
              new Dispatcher(
                  buffer,
                  () -> lanes,
                  () -> sinks,
                  metrics.sinkFailures::increment,
                  metrics,
                  () -> state != State.RUNNING));
      state = State.RUNNING;
      dispatcher.start();
      return this;
    }
  }

  /**
   * Offers an event. Never throws and, by default, never blocks: when the buffer is full the event
   * is dropped and counted. With {@code drop.on.overflow=false} it waits up to {@code emit.timeout}
   * for room first. Events are enriched with the configured protocol, data market and sequencer id
   * where their own are empty.
   *
   * @param event the event
   * @return what became of it
   */
  public EmitResult emit(Event event) {
    EventType type = event.type();
    metrics.emitted(type); // first, so that stop() can tell when every emit is accounted for
    if (state != State.RUNNING) {
      return dropped(type, EmitResult.DROPPED_NOT_RUNNING);
    }
    Event enriched =
        event.enrichedWith(config.protocol(), config.dataMarket(), config.sequencerId());
    if (buffer.offer(enriched)) {
      return EmitResult.ACCEPTED;
    }
    if (config.dropOnOverflow()) {
      return dropped(type, EmitResult.DROPPED_BUFFER_FULL);
    }
    return waitForRoom(enriched);
  }

  private EmitResult waitForRoom(Event event) {
    long deadline = System.nanoTime() + config.emitTimeout().toNanos();
    long pause = 1_000;
    while (System.nanoTime() - deadline < 0) {
      LockSupport.parkNanos(pause);
      pause = Math.min(pause * 2, 1_000_000);
      if (state != State.RUNNING) {
        return dropped(event.type(), EmitResult.DROPPED_NOT_RUNNING);
      }
      if (buffer.offer(event)) {
        return EmitResult.ACCEPTED;
      }
    }
    return dropped(event.type(), EmitResult.DROPPED_WAIT_TIMED_OUT);
  }

  private EmitResult dropped(EventType type, EmitResult result) {
    metrics.dropped(type, result.reason());
    return result;
  }

  /**
   * Registers a subscriber; it receives events dispatched from now on.
   *
   * @param subscriber the subscriber
   * @throws IllegalArgumentException when a subscriber with the same id is registered
   */
  public void subscribe(Subscriber subscriber) {
    synchronized (lifecycle) {
      for (SubscriberLane lane : lanes) {
        if (lane.subscriber().id().equals(subscriber.id())) {
          throw new IllegalArgumentException(Messages.duplicateSubscriber(subscriber.id()));
        }
      }
      SubscriberLane lane = new SubscriberLane(subscriber, config.bufferSize(), pool);
      if (withMeters) {
        EmitterMetrics.registerLane(registry, lane);
      }
      List<SubscriberLane> next = new ArrayList<>(List.of(lanes));
      next.add(lane);
      lanes = next.toArray(SubscriberLane[]::new);
    }
  }

  /**
   * Adds a sink: the dispatcher hands it every event, in emit order, before the subscribers. For
   * consumers that only pass events on without blocking, such as the Redis publisher.
   *
   * @param sink the sink; it must neither block nor throw
   */
  public void addSink(EventSink sink) {
    synchronized (lifecycle) {
      List<EventSink> next = new ArrayList<>(List.of(sinks));
      next.add(sink);
      sinks = next.toArray(EventSink[]::new);
    }
  }

  /**
   * Removes a subscriber; events already queued for it are still handled.
   *
   * @param id the subscriber's id
   * @return whether a subscriber with that id was registered
   */
  public boolean unsubscribe(String id) {
    synchronized (lifecycle) {
      List<SubscriberLane> next = new ArrayList<>(List.of(lanes));
      boolean removed = next.removeIf(lane -> lane.subscriber().id().equals(id));
      lanes = next.toArray(SubscriberLane[]::new);
      return removed;
    }
  }

  /**
   * Stops within the configured {@code shutdown.timeout}; see {@link #stop(Duration)}.
   *
   * @return whether everything accepted was handled in time
   */
  public boolean stop() {
    return stop(config.shutdownTimeout());
  }

  /**
   * Stops accepting events, dispatches what the buffer holds, lets the subscribers handle what they
   * were given, then ends the threads. What is left when the timeout runs out is counted as
   * dropped. Calling it again is harmless.
   *
   * @param timeout the longest it may take
   * @return whether everything accepted was handled in time
   */
  public boolean stop(Duration timeout) {
    synchronized (lifecycle) {
      if (state == State.STOPPED || state == State.STOPPING) {
        return true;
      }
      boolean started = state == State.RUNNING;
      state = State.STOPPING;
      long deadline = System.nanoTime() + timeout.toNanos();
      boolean complete = !started || drain(deadline);
      if (watchdog != null) {
        watchdog.stop();
      }
      complete &= shutdownPool(deadline);
      state = State.STOPPED;
      return complete;
    }
  }

  private boolean drain(long deadline) {
    buffer.wakeConsumer();
    boolean dispatched = join(dispatcher, deadline);
    if (!dispatched) {
      dispatcher.interrupt();
      join(dispatcher, System.nanoTime() + TimeUnit.SECONDS.toNanos(1));
      abandonBuffered();
    }
    while (!allLanesIdle() && System.nanoTime() - deadline < 0) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
    return dispatched && allLanesIdle();
  }

  private boolean shutdownPool(long deadline) {
    try {
      boolean terminated = pool.shutdown(Math.max(0, deadline - System.nanoTime()));
      for (SubscriberLane lane : lanes) {
        lane.abandonQueued();
      }
      return terminated;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void abandonBuffered() {
    Event event;
    while ((event = buffer.poll()) != null) {
      metrics.dropped(event.type(), DropReason.SHUTDOWN_TIMED_OUT);
    }
  }

  private boolean allLanesIdle() {
    for (SubscriberLane lane : lanes) {
      if (!lane.idle()) {
        return false;
      }
    }
    return true;
  }

  private static Thread dispatcherThread(Runnable dispatch) {
    Thread thread = new Thread(dispatch, "dsv-events-dispatcher");
    thread.setDaemon(true);
    return thread;
  }

  private static boolean join(Thread thread, long deadline) {
    try {
      thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !thread.isAlive();
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /**
   * Whether {@link #emit} currently accepts events.
   *
   * @return {@code true} between start and stop
   */
  public boolean isRunning() {
    return state == State.RUNNING;
  }

  /**
   * The Go package's metrics map: {@code events_emitted}, {@code events_dropped}, {@code
   * events_processed}, {@code processing_errors}, {@code buffer_usage} (percent of capacity),
   * {@code subscribers}; plus {@code events_queued} and {@code subscriber_dropped}.
   *
   * @return a snapshot
   */
  public Map<String, Long> getMetrics() {
    Map<String, Long> snapshot = new LinkedHashMap<>();
    long emitted = metrics.emittedTotal();
    long dropped = metrics.droppedTotal();
    long processed = metrics.processedTotal();
    snapshot.put(KEY_EVENTS_EMITTED, emitted);
    snapshot.put(KEY_EVENTS_DROPPED, dropped);
    snapshot.put(KEY_EVENTS_PROCESSED, processed);
    snapshot.put(KEY_EVENTS_QUEUED, Math.max(0, emitted - dropped - processed));
    long errors = metrics.sinkFailures.sum();
    long subscriberDropped = 0;
    for (SubscriberLane lane : lanes) {
      errors += lane.failures.sum() + lane.timeouts.sum();
      subscriberDropped += lane.dropped.sum();
    }
    snapshot.put(KEY_PROCESSING_ERRORS, errors);
    snapshot.put(KEY_SUBSCRIBER_DROPPED, subscriberDropped);
    snapshot.put(KEY_BUFFER_USAGE, 100L * buffer.size() / buffer.capacity());
    snapshot.put(KEY_SUBSCRIBERS, (long) lanes.length);
    return snapshot;
  }

  /**
   * The exact counts for one event type.
   *
   * @param type the event type
   * @return emitted, processed, dropped and queued
   */
  public TypeCounts counts(EventType type) {
    long emitted = metrics.emittedOf(type);
    long processed = metrics.processedOf(type);
    long dropped = metrics.droppedOf(type);
    return new TypeCounts(emitted, processed, dropped, emitted - processed - dropped);
  }

  /**
   * What happened to one subscriber's events.
   *
   * @param id the subscriber's id
   * @return its counts, or empty when no such subscriber is registered
   */
  public Optional<SubscriberCounts> subscriberCounts(String id) {
    for (SubscriberLane lane : lanes) {
      if (lane.subscriber().id().equals(id)) {
        return Optional.of(
            new SubscriberCounts(
                lane.delivered.sum(),
                lane.filtered.sum(),
                lane.failures.sum(),
                lane.timeouts.sum(),
                lane.dropped.sum()));
      }
    }
    return Optional.empty();
  }

  /**
   * The registry this emitter's meters are registered on.
   *
   * @return the registry, or {@code null} when it has none
   */
  public MeterRegistry registry() {
    return registry;
  }

  // --- The Go package's typed helpers ---------------------------------------------------------

  /**
   * Emits {@code epoch_started} with {@code start_time} = now.
   *
   * @param component the producing component
   * @param epochId the epoch
   * @return what became of the event
   */
  public EmitResult emitEpochStarted(String component, String epochId) {
    return emit(PipelineEvents.epochStarted(component, epochId));
  }

  /**
   * Emits {@code epoch_completed} with {@code end_time} = now.
   *
   * @param component the producing component
   * @param epochId the epoch
   * @param duration how long it took
   * @return what became of the event
   */
  public EmitResult emitEpochCompleted(String component, String epochId, Duration duration) {
    return emit(PipelineEvents.epochCompleted(component, epochId, duration));
  }

  /**
   * Emits {@code submission_received}.
   *
   * @param component the producing component
   * @param payload the submission
   * @return what became of the event
   */
  public EmitResult emitSubmissionReceived(String component, SubmissionPayload payload) {
    return emit(PipelineEvents.submissionReceived(component, payload));
  }

  /**
   * Emits {@code queue_depth_changed} with the Go package's alert levels.
   *
   * @param component the producing component
   * @param queueName the queue
   * @param currentDepth its depth now
   * @param previousDepth its depth before
   * @return what became of the event
   */
  public EmitResult emitQueueDepthChanged(
      String component, String queueName, long currentDepth, long previousDepth) {
    return emit(
        PipelineEvents.queueDepthChanged(component, queueName, currentDepth, previousDepth));
  }

  /**
   * Emits {@code worker_status_changed} with the Go package's severities.
   *
   * @param workerType the kind of worker
   * @param workerId the worker
   * @param previousStatus its status before
   * @param currentStatus its status now
   * @return what became of the event
   */
  public EmitResult emitWorkerStatusChanged(
      String workerType, String workerId, String previousStatus, String currentStatus) {
    return emit(
        PipelineEvents.workerStatusChanged(workerType, workerId, previousStatus, currentStatus));
  }

  /**
   * Emits {@code window_opened}.
   *
   * @param component the producing component
   * @param epochId the epoch
   * @return what became of the event
   */
  public EmitResult emitWindowOpened(String component, String epochId) {
    return emit(PipelineEvents.windowOpened(component, epochId));
  }

  /**
   * Emits {@code window_closed}.
   *
   * @param component the producing component
   * @param epochId the epoch
   * @param submissionsCount submissions received in the window
   * @param openFor how long it was open
   * @return what became of the event
   */
  public EmitResult emitWindowClosed(
      String component, String epochId, long submissionsCount, Duration openFor) {
    return emit(PipelineEvents.windowClosed(component, epochId, submissionsCount, openFor));
  }

  /**
   * Emits a finalization, aggregation, validator, storage or stream event.
   *
   * @param type the event type
   * @param component the producing component
   * @param payload a payload fitting the type
   * @return what became of the event
   * @throws IllegalArgumentException when the payload does not fit the type
   */
  public EmitResult emitEvent(EventType type, String component, EventPayload payload) {
    return emit(PipelineEvents.of(type, component, payload));
  }
}
