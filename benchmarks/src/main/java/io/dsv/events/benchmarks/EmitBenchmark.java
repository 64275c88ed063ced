package io.dsv.events.benchmarks;

import com.lmax.disruptor.EventTranslatorOneArg;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import com.lmax.disruptor.util.DaemonThreadFactory;
import io.dsv.events.runtime.emitter.Emitter;
import io.dsv.events.runtime.emitter.EmitterConfig;
import io.dsv.events.runtime.emitter.Subscriber;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.PipelineEvents;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of handing one event to the in-process pipeline, beside two baselines measured in the
 * same run: an LMAX Disruptor publish and an {@link ArrayBlockingQueue} offer, each with one
 * consumer thread doing nothing with the event, all three with the same capacity (1024) and
 * non-blocking (a full buffer refuses the event; the {@code rejected} counter shows how often). The
 * Disruptor uses its yielding wait strategy, so its producers pay no wake-up cost: the strongest
 * baseline it offers.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EmitBenchmark {
  private static final int CAPACITY = 1024;
  private static final long PACING_TOKENS = 100;
  private static final Event EVENT = PipelineEvents.epochStarted("bench", "epoch_1");

  /** Accepted and refused offers, reported by JMH beside the time per operation. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Outcomes {
    public long accepted;
    public long rejected;

    @Setup(Level.Iteration)
    public void reset() {
      accepted = 0;
      rejected = 0;
    }

    void count(boolean ok) {
      if (ok) {
        accepted++;
      } else {
        rejected++;
      }
    }
  }

  /** The dsv-events emitter with one no-op subscriber. */
  @State(Scope.Benchmark)
  public static class EmitterState {
    Emitter emitter;

    @Setup(Level.Trial)
    public void start() {
      emitter = new Emitter(EmitterConfig.defaults().withBufferSize(CAPACITY)).start();
      emitter.subscribe(Subscriber.toAll("noop", event -> {}));
    }

    @TearDown(Level.Trial)
    public void stop() {
      emitter.stop();
    }
  }

  /** A multi-producer Disruptor ring with one no-op handler. */
  @State(Scope.Benchmark)
  public static class DisruptorState {
    private static final EventTranslatorOneArg<Slot, Event> TRANSLATOR =
        (slot, sequence, event) -> slot.event = event;
    Disruptor<Slot> disruptor;
    RingBuffer<Slot> ring;

    /** One ring slot. */
    public static final class Slot {
      Event event;
    }

    @Setup(Level.Trial)
    public void start() {
      disruptor =
          new Disruptor<>(
              Slot::new,
              CAPACITY,
              DaemonThreadFactory.INSTANCE,
              ProducerType.MULTI,
              new YieldingWaitStrategy());
      disruptor.handleEventsWith((slot, sequence, endOfBatch) -> slot.event = null);
      ring = disruptor.start();
    }

    boolean publish(Event event) {
      return ring.tryPublishEvent(TRANSLATOR, event);
    }

    @TearDown(Level.Trial)
    public void stop() {
      disruptor.halt();
    }
  }

  /** An ArrayBlockingQueue drained by one thread. */
  @State(Scope.Benchmark)
  public static class QueueState {
    final ArrayBlockingQueue<Event> queue = new ArrayBlockingQueue<>(CAPACITY);
    Thread consumer;

    @Setup(Level.Trial)
    public void start() {
      consumer =
          new Thread(
              () -> {
                try {
                  while (!Thread.currentThread().isInterrupted()) {
                    queue.take();
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      consumer.setDaemon(true);
      consumer.start();
    }

    @TearDown(Level.Trial)
    public void stop() {
      consumer.interrupt();
    }
  }

  // Paced variants: each operation first does a fixed amount of unrelated work, so the consumers
  // keep up and nothing is refused. Subtract paced_baseline to get the cost of the hand-off itself.

  @Benchmark
  @Threads(1)
  public void paced_baseline_1thread() {
    Blackhole.consumeCPU(PACING_TOKENS);
  }

  @Benchmark
  @Threads(2)
  public void paced_baseline_2threads() {
    Blackhole.consumeCPU(PACING_TOKENS);
  }

  @Benchmark
  @Threads(1)
  public void paced_emit_1thread(EmitterState state, Outcomes outcomes) {
    Blackhole.consumeCPU(PACING_TOKENS);
    outcomes.count(state.emitter.emit(EVENT).accepted());
  }

  @Benchmark
  @Threads(2)
  public void paced_emit_2threads(EmitterState state, Outcomes outcomes) {
    Blackhole.consumeCPU(PACING_TOKENS);
    outcomes.count(state.emitter.emit(EVENT).accepted());
  }

  @Benchmark
  @Threads(1)
  public void paced_disruptor_1thread(DisruptorState state, Outcomes outcomes) {
    Blackhole.consumeCPU(PACING_TOKENS);
    outcomes.count(state.publish(EVENT));
  }

  @Benchmark
  @Threads(2)
  public void paced_disruptor_2threads(DisruptorState state, Outcomes outcomes) {
    Blackhole.consumeCPU(PACING_TOKENS);
    outcomes.count(state.publish(EVENT));
  }

  @Benchmark
  @Threads(1)
  public void paced_arrayBlockingQueue_1thread(QueueState state, Outcomes outcomes) {
    Blackhole.consumeCPU(PACING_TOKENS);
    outcomes.count(state.queue.offer(EVENT));
  }

  @Benchmark
  @Threads(2)
  public void paced_arrayBlockingQueue_2threads(QueueState state, Outcomes outcomes) {
    Blackhole.consumeCPU(PACING_TOKENS);
    outcomes.count(state.queue.offer(EVENT));
  }

  // Saturating variants: producers offer as fast as they can; a full buffer refuses events.

  @Benchmark
  @Threads(1)
  public void emit_1thread(EmitterState state, Outcomes outcomes) {
    outcomes.count(state.emitter.emit(EVENT).accepted());
  }

  @Benchmark
  @Threads(2)
  public void emit_2threads(EmitterState state, Outcomes outcomes) {
    outcomes.count(state.emitter.emit(EVENT).accepted());
  }

  @Benchmark
  @Threads(1)
  public void disruptor_1thread(DisruptorState state, Outcomes outcomes) {
    outcomes.count(state.publish(EVENT));
  }

  @Benchmark
  @Threads(2)
  public void disruptor_2threads(DisruptorState state, Outcomes outcomes) {
    outcomes.count(state.publish(EVENT));
  }

  @Benchmark
  @Threads(1)
  public void arrayBlockingQueue_1thread(QueueState state, Outcomes outcomes) {
    outcomes.count(state.queue.offer(EVENT));
  }

  @Benchmark
  @Threads(2)
  public void arrayBlockingQueue_2threads(QueueState state, Outcomes outcomes) {
    outcomes.count(state.queue.offer(EVENT));
  }
}
