package io.dsv.events.benchmarks;

import io.dsv.events.annotations.EmitsEvent;
import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.DsvEventsRuntime;
import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.emitter.Emitter;
import io.dsv.events.runtime.model.EpochPayload;
import io.dsv.events.runtime.model.Event;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost the agent adds to a business method. Run it with the agent attached to the fork:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar WovenMethodBenchmark \
 *     -jvmArgsAppend -javaagent:agent/target/dsv-events-agent.jar
 * java -jar benchmarks/target/benchmarks.jar WovenMethodBenchmark \
 *     -jvmArgsAppend -javaagent:agent/target/dsv-events-agent.jar=enabled=false
 * </pre>
 *
 * <p>{@code annotated} is woven by the agent; {@code handWritten} does the same work and builds the
 * same event by hand, emitting it to the {@link Emitter} of a {@link DsvEventsRuntime} of its own,
 * built from the same (default) settings as the agent's; {@code plain} is the method alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class WovenMethodBenchmark {
  private final Service service = new Service();
  private DsvEventsRuntime runtime;
  private Emitter emitter;

  /** A business method, three ways. */
  public static class Service {
    private long handled;

    /**
     * @param epochId the epoch
     * @return a count
     */
    public long plain(String epochId) {
      return ++handled + epochId.length();
    }

    /**
     * @param epochId the epoch
     * @return a count
     */
    @EmitsEvent(type = EventType.EPOCH_STARTED, payload = "epoch_id = epochId")
    public long annotated(String epochId) {
      return ++handled + epochId.length();
    }

    /**
     * @param epochId the epoch
     * @param emitter where the event goes
     * @return a count
     */
    public long handWritten(String epochId, Emitter emitter) {
      long result = ++handled + epochId.length();
      emitter.emit(
          Event.builder(EventType.EPOCH_STARTED)
              .component("service")
              .payload(new EpochPayload(epochId, 0, 0, 0))
              .build());
      return result;
    }
  }

  @Setup(Level.Trial)
  public void start() {
    // Built the way the agent builds its own: the same settings (the defaults), meters included.
    runtime = DsvEventsRuntime.start(DsvEventsConfig.of(Map.of()));
    emitter = runtime.emitter();
  }

  @TearDown(Level.Trial)
  public void stop() {
    runtime.close();
  }

  @Benchmark
  public long plain() {
    return service.plain("epoch_1");
  }

  @Benchmark
  public long annotated() {
    return service.annotated("epoch_1");
  }

  @Benchmark
  public long handWritten() {
    return service.handWritten("epoch_1", emitter);
  }
}
