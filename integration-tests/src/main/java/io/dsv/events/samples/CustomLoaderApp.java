package io.dsv.events.samples;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads the demo dequeuer through a class loader of its own (not the application class loader) and
 * calls an annotated method.
 */
public final class CustomLoaderApp {
  private CustomLoaderApp() {}

  /**
   * Runs the call.
   *
   * @param args ignored
   * @throws Exception if loading fails
   */
  public static void main(String[] args) throws Exception {
    URL classes = CustomLoaderApp.class.getProtectionDomain().getCodeSource().getLocation();
    URL annotations =
        io.dsv.events.annotations.EmitsEvent.class
            .getProtectionDomain()
            .getCodeSource()
            .getLocation();
    try (URLClassLoader loader =
        new URLClassLoader(
            "custom", new URL[] {classes, annotations}, ClassLoader.getPlatformClassLoader())) {
      Class<?> type = loader.loadClass("io.dsv.events.demo.dequeuer.Dequeuer");
      Object dequeuer = type.getConstructor().newInstance();
      type.getMethod("startEpoch", String.class).invoke(dequeuer, "epoch_custom_loader");
      System.out.println("loader -> " + type.getClassLoader().getName());
    }
    System.out.println("DONE");
  }
}
