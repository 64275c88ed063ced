package io.dsv.events.agent;

import io.dsv.events.runtime.messages.Messages;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
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
 * attached to a running JVM.
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
    URL bridge = ClassLoader.getPlatformClassLoader().getResource(BRIDGE_CLASS_FILE);
    if (bridge == null) {
      instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(agentJar.toFile()));
    } else if (!isIn(bridge, agentJar)) {
      AgentLog.problem(Messages.bridgeFromOtherJar(bridge.toString(), agentJar.toString()));
    }
  }

  /** Whether a {@code jar:file:/path/x.jar!/entry} URL points into the given jar. */
  private static boolean isIn(URL entry, Path jar) {
    String url = entry.toString();
    int end = url.indexOf("!/");
    if (!url.startsWith("jar:file:") || end < 0) {
      return false;
    }
    try {
      return Files.isSameFile(Path.of(new URI(url.substring("jar:".length(), end))), jar);
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      return false;
    }
  }
}
