package io.dsv.events.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * scan of its bytes for the annotation's descriptor (the same loop as {@code
 * AnnotationPrefilter.mentionsAnnotation}, which lives in the agent's isolated jar), here over the
 * bytes of {@code java.util.concurrent.ConcurrentHashMap} (~19 KiB) and of a small class.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class PrefilterBenchmark {
  private static final byte[] DESCRIPTOR =
      "Lio/dsv/events/annotations/EmitsEvent".getBytes(StandardCharsets.US_ASCII);
  private static final int[] SKIP = skipTable();

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
    return mentions(large);
  }

  @Benchmark
  public boolean scanSmallClass() {
    return mentions(small);
  }

  static boolean mentions(byte[] bytes) {
    int last = DESCRIPTOR.length - 1;
    for (int i = last; i < bytes.length; i += SKIP[bytes[i] & 0xff]) {
      int j = last;
      while (bytes[i - last + j] == DESCRIPTOR[j]) {
        if (j-- == 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static int[] skipTable() {
    int[] skip = new int[256];
    java.util.Arrays.fill(skip, DESCRIPTOR.length);
    for (int i = 0; i < DESCRIPTOR.length - 1; i++) {
      skip[DESCRIPTOR[i] & 0xff] = DESCRIPTOR.length - 1 - i;
    }
    return skip;
  }
}
