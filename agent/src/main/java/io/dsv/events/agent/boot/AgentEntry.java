package io.dsv.events.agent.boot;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Path;

/**
 * The agent jar's entry points: {@code premain} ({@code -javaagent}), {@code agentmain} (attach)
 * and {@code main} (the CLI). The only classes the application class loader can see in the agent
 * jar are these and the bridge; the agent itself, the runtime and their libraries sit under {@code
 * dsv-events/impl/} and are loaded by a class loader of their own ({@link AgentClassLoader}); the
 * bridge that woven code calls sits at the jar's root, and the agent puts the jar itself on the
 * bootstrap class path so that every class loader finds the bridge (nothing is unpacked).
 */
public final class AgentEntry {
  private static final String AGENT_CLASS_FILE =
      AgentClassLoader.PREFIX + "io/dsv/events/agent/DsvEventsAgent.class";
  private static final String AGENT_CLASS = "io.dsv.events.agent.DsvEventsAgent";
  private static final String CLI_CLASS = "io.dsv.events.agent.cli.Cli";
  private static ClassLoader implLoader;

  private AgentEntry() {}

  /**
   * {@code -javaagent:dsv-events-agent.jar[=settings]}.
   *
   * @param arguments settings such as {@code redis.uri=redis://host:6379,batch.size=50}
   * @param instrumentation the JVM's instrumentation
   * @throws Exception only with {@code dsv.events.strict=true} and a problem, to stop the JVM
   */
  public static void premain(String arguments, Instrumentation instrumentation) throws Exception {
    start(arguments, instrumentation, false);
  }

  /**
   * Loaded into a running JVM ({@code dsv-events-agent.jar attach <pid>}).
   *
   * @param arguments settings
   * @param instrumentation the JVM's instrumentation
   * @throws Exception only with {@code dsv.events.strict=true} and a problem
   */
  public static void agentmain(String arguments, Instrumentation instrumentation) throws Exception {
    start(arguments, instrumentation, true);
  }

  /**
   * The command-line tool: {@code java -jar dsv-events-agent.jar --help}.
   *
   * @param args the command line
   * @throws Exception when the tool cannot be loaded
   */
  public static void main(String[] args) throws Exception {
    ClassLoader loader = implLoader(ClassLoader.getSystemClassLoader());
    Method run = loader.loadClass(CLI_CLASS).getMethod("run", Path.class, String[].class);
    Thread.currentThread().setContextClassLoader(loader);
    System.exit((Integer) run.invoke(null, agentJar(), args));
  }

  private static synchronized void start(
      String arguments, Instrumentation instrumentation, boolean attached) throws Exception {
    try {
      Path agentJar = agentJar();
      ClassLoader loader = implLoader(ClassLoader.getPlatformClassLoader());
      Method start =
          loader
              .loadClass(AGENT_CLASS)
              .getMethod("start", String.class, Instrumentation.class, boolean.class, Path.class);
      start.invoke(null, arguments, instrumentation, attached, agentJar);
    } catch (InvocationTargetException e) {
      // Only strict mode throws on purpose: let the JVM stop with the agent's message.
      if (e.getCause() instanceof Exception strict
          && strict.getClass().getSimpleName().equals("StrictModeException")) {
        throw strict;
      }
      report(e.getCause());
    } catch (Throwable e) { // the agent must never stop the application by accident
      report(e);
    }
  }

  private static void report(Throwable failure) {
    System.err.println(
        "[dsv-events] The agent could not start and does nothing; the application runs unchanged: "
            + failure);
  }

  private static synchronized ClassLoader implLoader(ClassLoader parent) throws IOException {
    if (implLoader == null) {
      implLoader = new AgentClassLoader(agentJar(), parent);
    }
    return implLoader;
  }

  /**
   * The jar holding the nested agent: found by its content rather than by where this class was
   * loaded from, since an application may carry a copy of this class on its own class path.
   */
  private static Path agentJar() {
    try {
      java.util.Enumeration<URL> found =
          ClassLoader.getSystemClassLoader().getResources(AGENT_CLASS_FILE);
      while (found.hasMoreElements()) {
        String url = found.nextElement().toString(); // jar:file:/path/agent.jar!/dsv-events/...
        if (url.startsWith("jar:file:")) {
          return Path.of(new java.net.URI(url.substring(4, url.indexOf("!/"))));
        }
      }
      return Path.of(AgentEntry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (Exception e) {
      throw new IllegalStateException("Cannot locate the dsv-events agent jar", e);
    }
  }
}
