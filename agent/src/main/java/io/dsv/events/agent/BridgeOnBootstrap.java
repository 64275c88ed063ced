package io.dsv.events.agent;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * Makes the bridge at the agent jar's root visible to the bootstrap class loader, and so to woven
 * code in every class loader.
 *
 * <p>The jar's manifest names the jar itself in {@code Boot-Class-Path}, which the JVM reads before
 * it starts: put there, the jar leaves class-data sharing whole and the JVM prints nothing.
 * Appending the jar later, through {@link Instrumentation}, makes the JVM print {@code Sharing is
 * only supported for boot loader classes because bootstrap classpath has been appended} and stop
 * sharing the application's and platform's classes; that remains the fallback, for a renamed jar
 * (the manifest names {@code dsv-events-agent.jar}, in the agent jar's folder) and for an agent
 * attached to a running JVM. (A {@code dsv-events-agent.jar} beside a renamed one is {@code
 * AgentEntry}'s concern: the agent then runs from it.)
 */
final class BridgeOnBootstrap {
  // By name: loading the class to find out would fail, or fix it to a class loader too early.
  private static final String BRIDGE_CLASS_FILE = "io/dsv/events/agent/bridge/EventBridge.class";

  private BridgeOnBootstrap() {}

  /**
   * Puts the agent jar on the bootstrap class path unless the JVM did at start.
   *
   * @param instrumentation the JVM's instrumentation
   * @param agentJar the agent jar
   * @throws IOException when the agent jar cannot be opened
   */
  static void ensure(Instrumentation instrumentation, Path agentJar) throws IOException {
    if (ClassLoader.getPlatformClassLoader().getResource(BRIDGE_CLASS_FILE) == null) {
      instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(agentJar.toFile()));
    }
  }
}
