package io.dsv.events.agent;

import io.dsv.events.agent.advice.AgentHandler;
import io.dsv.events.agent.advice.PlanRegistry;
import io.dsv.events.agent.binding.PlanCompiler;
import io.dsv.events.agent.matching.AnnotationPrefilter;
import io.dsv.events.agent.matching.AnnotationScanner;
import io.dsv.events.agent.matching.ClassNameFilter;
import io.dsv.events.agent.matching.PrefilteringTransformer;
import io.dsv.events.runtime.DsvEventsRuntime;
import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.config.Redaction;
import io.dsv.events.runtime.config.Settings;
import io.dsv.events.runtime.messages.Messages;
import io.dsv.events.runtime.metrics.MetricNames;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.jar.JarFile;

/**
 * The agent: reads the configuration, starts the runtime, installs the bridge's handler and the
 * transformer that weaves {@code @EmitsEvent} methods. Started by {@code AgentEntry} in a class
 * loader of its own.
 */
public final class DsvEventsAgent {
  private static volatile boolean started;

  private DsvEventsAgent() {}

  /**
   * Starts the agent once per JVM.
   *
   * @param arguments the agent's argument string
   * @param instrumentation the JVM's instrumentation
   * @param attached whether it was loaded into a running JVM (classes loaded already are then
   *     retransformed)
   * @param agentJar the agent jar, put on the bootstrap class path unless the agent is disabled:
   *     the bridge at its root must be visible to woven code in every class loader
   * @throws java.io.IOException when the agent jar cannot be opened
   * @throws StrictModeException with {@code dsv.events.strict=true}, when a setting is invalid
   */
  public static synchronized void start(
      String arguments, Instrumentation instrumentation, boolean attached, Path agentJar)
      throws java.io.IOException {
    if (started) {
      AgentLog.info(Messages.AGENT_ALREADY_RUNNING);
      return;
    }
    long begin = System.nanoTime();
    DsvEventsConfig config = DsvEventsConfig.fromEnvironment(arguments);
    if (!config.get(Settings.ENABLED)) {
      AgentLog.info(Messages.AGENT_DISABLED);
      return;
    }
    Weaver.preferGeneratedDispatchers(); // before anything touches Byte Buddy
    if (config.get(Settings.STRICT)) {
      List<String> problems = new ArrayList<>(config.problems());
      problems.addAll(annotationProblemsOnClassPath(config));
      if (!problems.isEmpty()) {
        throw new StrictModeException(problems);
      }
    }
    started = true;
    // Appended here rather than named in the manifest's Boot-Class-Path: that would spare the JVM's
    // "Sharing is only supported for boot loader classes" warning, but the JVM then rejects an
    // application's AppCDS archive dumped without the agent, which an append leaves in use.
    instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(agentJar.toFile()));
    // Only what must precede the application's first class happens here; the runtime and Byte
    // Buddy (each tens to hundreds of milliseconds, cold) are built in two background threads, at
    // the same time, while the application starts.
    ClassNameFilter names =
        new ClassNameFilter(config.get(Settings.INCLUDE), config.get(Settings.EXCLUDE));
    PlanRegistry plans = new PlanRegistry();
    CompletableFuture<ClassFileTransformer> weaver = new CompletableFuture<>();
    CompletableFuture<DsvEventsRuntime> runtime = new CompletableFuture<>();
    instrumentation.addTransformer(
        new PrefilteringTransformer(weaver, runtime, names, new AnnotationPrefilter()), true);
    background("dsv-events-weaver", () -> buildWeaver(config, plans, weaver));
    background(
        "dsv-events-init",
        () -> initialise(config, instrumentation, attached, names, plans, runtime, weaver, begin));
  }

  private static void background(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void buildWeaver(
      DsvEventsConfig config, PlanRegistry plans, CompletableFuture<ClassFileTransformer> weaver) {
    try {
      weaver.complete(new Weaver(config, plans));
    } catch (RuntimeException | LinkageError e) {
      weaver.completeExceptionally(e);
    }
  }

  private static void initialise(
      DsvEventsConfig config,
      Instrumentation instrumentation,
      boolean attached,
      ClassNameFilter names,
      PlanRegistry plans,
      CompletableFuture<DsvEventsRuntime> started,
      CompletableFuture<ClassFileTransformer> weaver,
      long begin) {
    try {
      // Meters go only to the exports the settings ask for (Prometheus, JMX): a registry of the
      // agent's own would be read by nobody, the summary line being built from the counts, and
      // Micrometer costs tens of milliseconds of CPU at start.
      DsvEventsRuntime runtime = DsvEventsRuntime.start(config, null, AgentLog::info);
      LongAdder bindingFailures = new LongAdder();
      AgentHandler.install(plans, runtime.emitter(), bindingFailures, AgentLog::problem);
      registerMeters(runtime, plans, bindingFailures);
      Runtime.getRuntime().addShutdownHook(new Thread(runtime::close, "dsv-events-shutdown"));
      started.complete(runtime);
      weaver.join();
      if (attached) {
        LoadedClasses.retransformCandidates(instrumentation, names);
      }
      AgentLog.info(
          Messages.agentStarted(
              AgentVersion.get(),
              (System.nanoTime() - begin) / 1_000_000,
              destination(config, runtime.metricsExport().describe()),
              config.describe()));
    } catch (RuntimeException | LinkageError e) {
      started.completeExceptionally(e);
      Throwable cause = e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
      AgentLog.problem(Messages.agentFailed(String.valueOf(cause)));
    }
  }

  /** Strict mode: the application's class path is checked before anything runs. */
  private static List<String> annotationProblemsOnClassPath(DsvEventsConfig config) {
    List<Path> entries = new ArrayList<>();
    for (String entry :
        System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(Path.of(entry));
      }
    }
    try {
      return new AnnotationScanner(
              new PlanCompiler(config.get(Settings.TYPES), config.get(Settings.COMPONENT)))
          .scan(entries);
    } catch (java.io.IOException | RuntimeException e) {
      return List.of(Messages.agentFailed("cannot read the class path: " + e));
    }
  }

  private static String destination(DsvEventsConfig config, String metrics) {
    List<String> places = new ArrayList<>();
    String uri = config.get(Settings.REDIS_URI);
    if (uri != null) {
      places.add(
          "Redis "
              + Redaction.redactUri(uri)
              + " (channels "
              + config.get(Settings.CHANNEL_PREFIX)
              + ":*)");
    }
    if (config.get(Settings.LOG) != null) {
      places.add("JSON lines to " + config.get(Settings.LOG));
    }
    String events =
        places.isEmpty()
            ? "in-process subscribers only (no dsv.events.redis.uri, no dsv.events.log)"
            : String.join(" and ", places);
    return metrics.isEmpty() ? events : events + "; metrics to " + metrics;
  }

  private static void registerMeters(
      DsvEventsRuntime runtime, PlanRegistry plans, LongAdder failures) {
    if (runtime.registry() == null) {
      return;
    }
    FunctionCounter.builder(MetricNames.AGENT_BINDING_FAILURES, failures, LongAdder::doubleValue)
        .description("Bindings that failed on a call (a getter threw, a value did not convert)")
        .register(runtime.registry());
    Gauge.builder(MetricNames.AGENT_WOVEN_METHODS, plans, PlanRegistry::size)
        .description("Methods woven with @EmitsEvent")
        .register(runtime.registry());
  }
}
