package io.dsv.events.agent.cli;

import io.dsv.events.annotations.EventType;
import io.dsv.events.runtime.config.DsvEventsConfig;
import io.dsv.events.runtime.config.Redaction;
import io.dsv.events.runtime.config.Settings;
import io.dsv.events.runtime.messages.Messages;
import io.dsv.events.runtime.model.Event;
import io.dsv.events.runtime.model.EventJson;
import io.dsv.events.runtime.publish.Channels;
import io.dsv.events.runtime.stream.EventStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tail}: live events from Redis, one readable line each (or the JSON). */
@Command(
    name = "tail",
    mixinStandardHelpOptions = true,
    description = {
      "Print events from Redis as they are published, one readable line each (time, severity,"
          + " type, component, epoch, payload fields) or the raw JSON with --json. Ctrl-C ends it.",
      "Redis drops a Pub/Sub reader that falls more than its client-output-buffer-limit (32 MiB by"
          + " default) behind: filter with --types/--component rather than reading a flood."
    })
final class TailCommand implements Callable<Integer> {
  private static final String DEFAULT_REDIS = "redis://localhost:6379";

  @Spec private CommandSpec spec;

  @Option(
      names = "--redis",
      paramLabel = "URI",
      description =
          "Redis URI (redis://, rediss://, user:password@). Default: dsv.events.redis.uri /"
              + " DSV_EVENTS_REDIS_URI, else "
              + DEFAULT_REDIS)
  private String redis;

  @Option(
      names = "--prefix",
      paramLabel = "P",
      defaultValue = "dsv:events",
      description =
          "Channel prefix (default: ${DEFAULT-VALUE}); protocol/market channels included.")
  private String prefix;

  @Option(
      names = "--types",
      paramLabel = "a,b",
      description = "Only these event types (wire names, e.g. submission_validated,epoch_started).")
  private String types;

  @Option(names = "--component", paramLabel = "C", description = "Only events of this component.")
  private String component;

  @Option(names = "--json", description = "Print each event as its JSON message.")
  private boolean json;

  @Option(
      names = "--count",
      paramLabel = "N",
      description = "Stop after N events (default: run until Ctrl-C).")
  private Long count;

  @Option(names = "--no-color", description = "Never colour (colour is used only on a terminal).")
  private boolean noColour;

  @Override
  public Integer call() throws InterruptedException {
    String uri =
        SettingOption.parse(
            spec, Settings.REDIS_URI, "--redis", redis == null ? defaultRedis() : redis);
    Set<EventType> wanted =
        types == null ? Set.of() : SettingOption.parse(spec, Settings.TYPES, "--types", types);
    if (prefix.isBlank()) {
      throw bad("Invalid value for option '--prefix': a non-empty channel prefix is required.");
    }
    if (count != null && count < 1) {
      throw bad("Invalid value for option '--count': '" + count + "' is not a number from 1.");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EventStream stream;
    try {
      stream = EventStream.open(uri, new Channels(prefix, "", ""), Set.of(), filter(wanted));
    } catch (RuntimeException e) {
      err.println(Messages.cannotReachRedis(Redaction.redactUri(uri), String.valueOf(e)));
      return Cli.FAILED;
    }
    err.println(
        "Reading events from " + Redaction.redactUri(uri) + " (channels " + prefix + ":*) ...");
    return readUntilDone(stream, out, err);
  }

  private int readUntilDone(EventStream stream, PrintWriter out, PrintWriter err)
      throws InterruptedException {
    CountDownLatch finished = new CountDownLatch(1);
    Thread onCtrlC =
        new Thread(
            () -> {
              stream.close();
              awaitQuietly(finished);
            },
            "dsv-events-tail-stop");
    Runtime.getRuntime().addShutdownHook(onCtrlC);
    EventLine lines = new EventLine(!noColour && Terminal.isInteractive());
    long printed = 0;
    try {
      while (count == null || printed < count) {
        Optional<Event> event = stream.next(Duration.ofMillis(200));
        if (event.isPresent()) {
          out.println(
              json
                  ? new String(EventJson.write(event.get()), StandardCharsets.UTF_8)
                  : lines.format(event.get()));
          printed++;
        } else if (stream.isClosed()) {
          break;
        }
      }
    } finally {
      stream.close();
      err.println(
          "tail: "
              + printed
              + " events shown, "
              + stream.counts().malformed()
              + " malformed messages skipped");
      finished.countDown();
      removeHook(onCtrlC);
    }
    return 0;
  }

  private Predicate<Event> filter(Set<EventType> wanted) {
    Predicate<Event> filter = event -> wanted.isEmpty() || wanted.contains(event.type());
    return component == null ? filter : filter.and(event -> component.equals(event.component()));
  }

  private static String defaultRedis() {
    String configured = DsvEventsConfig.fromEnvironment(null).get(Settings.REDIS_URI);
    return configured == null ? DEFAULT_REDIS : configured;
  }

  private CommandLine.ParameterException bad(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down (Ctrl-C): the hook is running
    }
  }
}
