package io.dsv.events.samples;

import io.dsv.events.demo.dequeuer.Dequeuer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Calls an annotated method every 20 ms until a stop file appears: an already running JVM, with the
 * class loaded, for attach tests.
 */
public final class LongRunningApp {
  private LongRunningApp() {}

  /**
   * Runs until {@code args[0]} exists (at most two minutes).
   *
   * @param args the stop file
   * @throws Exception if interrupted
   */
  public static void main(String[] args) throws Exception {
    Path stop = Path.of(args[0]);
    Dequeuer dequeuer = new Dequeuer();
    System.out.println("READY");
    long deadline = System.nanoTime() + 120_000_000_000L;
    for (int i = 0; !Files.exists(stop) && System.nanoTime() < deadline; i++) {
      dequeuer.startEpoch("epoch_" + i);
      Thread.sleep(20);
    }
    System.out.println("DONE");
  }
}
