package io.dsv.events.samples;

import io.dsv.events.demo.dequeuer.Dequeuer;

/**
 * Uses its own Jackson, Netty, Lettuce, Byte Buddy, Micrometer and Reactor (other versions than the
 * agent's) and prints what each gives and which jar it came from, then calls an annotated method.
 * Reflection only: the test puts the application's own versions on its class path.
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
    Object uri =
        Class.forName("io.lettuce.core.RedisURI")
            .getMethod("create", String.class)
            .invoke(null, "redis://localhost:6390");
    System.out.println("lettuce -> port " + uri.getClass().getMethod("getPort").invoke(uri));
    System.out.println("lettuce jar -> " + jarOf(uri.getClass()));
    Object byteBuddy = Class.forName("net.bytebuddy.ByteBuddy").getConstructor().newInstance();
    Object builder =
        byteBuddy.getClass().getMethod("subclass", Class.class).invoke(byteBuddy, Object.class);
    Object unloaded =
        Class.forName("net.bytebuddy.dynamic.DynamicType$Builder")
            .getMethod("make")
            .invoke(builder);
    byte[] bytes =
        (byte[])
            Class.forName("net.bytebuddy.dynamic.DynamicType")
                .getMethod("getBytes")
                .invoke(unloaded);
    System.out.println("bytebuddy -> generated " + (bytes.length > 0));
    System.out.println("bytebuddy jar -> " + jarOf(byteBuddy.getClass()));
    Object registry =
        Class.forName("io.micrometer.core.instrument.simple.SimpleMeterRegistry")
            .getConstructor()
            .newInstance();
    Object counter =
        Class.forName("io.micrometer.core.instrument.MeterRegistry")
            .getMethod("counter", String.class, String[].class)
            .invoke(registry, "app.calls", new String[0]);
    Class<?> counterType = Class.forName("io.micrometer.core.instrument.Counter");
    counterType.getMethod("increment").invoke(counter);
    System.out.println("micrometer -> count " + counterType.getMethod("count").invoke(counter));
    System.out.println("micrometer jar -> " + jarOf(registry.getClass()));
    Class<?> flux = Class.forName("reactor.core.publisher.Flux");
    Object range = flux.getMethod("range", int.class, int.class).invoke(null, 1, 4);
    java.util.function.BiFunction<Integer, Integer, Integer> sum = Integer::sum;
    Object reduced =
        flux.getMethod("reduce", Object.class, java.util.function.BiFunction.class)
            .invoke(range, 0, sum);
    System.out.println(
        "reactor -> sum "
            + Class.forName("reactor.core.publisher.Mono").getMethod("block").invoke(reduced));
    System.out.println("reactor jar -> " + jarOf(flux));
    new Dequeuer().startEpoch("epoch_conflicts");
    System.out.println("DONE");
  }

  private static String jarOf(Class<?> type) {
    String location = type.getProtectionDomain().getCodeSource().getLocation().getPath();
    return location.substring(location.lastIndexOf('/') + 1);
  }
}
