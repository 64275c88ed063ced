package io.dsv.events.benchmarks;

import io.dsv.events.agent.matching.AnnotationPrefilter;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the agent's transformer costs a class that has nothing to do with {@code @EmitsEvent}: a
 * scan of its bytes for the annotation's descriptor ({@link
 * AnnotationPrefilter#mentionsAnnotation}), here over the bytes of {@code
 * java.util.concurrent.ConcurrentHashMap} (~64 KiB) and of {@code java.util.Objects} (~10 KiB).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class PrefilterBenchmark {
  private byte[] large;
  private byte[] small;

  @Setup
  public void read() throws IOException {
    large = bytesOf("/java/util/concurrent/ConcurrentHashMap.class");
    small = bytesOf("/java/util/Objects.class");
  }

  private static byte[] bytesOf(String resource) throws IOException {
    try (InputStream in = Object.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }

  @Benchmark
  public boolean scanLargeClass() {
    return AnnotationPrefilter.mentionsAnnotation(large);
  }

  @Benchmark
  public boolean scanSmallClass() {
    return AnnotationPrefilter.mentionsAnnotation(small);
  }
}
