package io.dsv.events.samples;

import io.dsv.events.demo.dequeuer.Dequeuer;

/**
 * Uses its own Jackson and Netty (other versions than the agent's) and prints which versions it
 * sees, then calls an annotated method.
 */
public final class ConflictingLibrariesApp {
  private ConflictingLibrariesApp() {}

  /**
   * Runs the check.
   *
   * @param args ignored
   * @throws Exception if the libraries are missing
   */
  public static void main(String[] args) throws Exception {
    Object mapper =
        Class.forName("com.fasterxml.jackson.databind.ObjectMapper").getConstructor().newInstance();
    Object version = mapper.getClass().getMethod("version").invoke(mapper);
    System.out.println("jackson -> " + version);
    Object json =
        mapper
            .getClass()
            .getMethod("writeValueAsString", Object.class)
            .invoke(mapper, java.util.Map.of("a", 1));
    System.out.println("json -> " + json);
    Class<?> netty = Class.forName("io.netty.util.Version");
    Object versions = netty.getMethod("identify").invoke(null);
    System.out.println("netty -> " + ((java.util.Map<?, ?>) versions).get("netty-common"));
    new Dequeuer().startEpoch("epoch_conflicts");
    System.out.println("DONE");
  }
}
