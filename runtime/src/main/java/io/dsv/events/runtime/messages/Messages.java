package io.dsv.events.runtime.messages;

import io.dsv.events.annotations.EventType;

/**
 * The wording of every message dsv-events shows to people: the one place to read, review and change
 * it. Each message names the setting, annotation or method concerned, the value, and what is
 * accepted.
 */
public final class Messages {
  private Messages() {}

  /** The prefix of every line dsv-events writes to the console. */
  public static final String LOG_PREFIX = "[dsv-events] ";

  /** Shown when a stopped emitter is started again. */
  public static final String EMITTER_NOT_RESTARTABLE =
      "This Emitter was stopped; create a new one instead of starting it again.";

  /** Shown when the agent is loaded a second time into the same JVM. */
  public static final String AGENT_ALREADY_RUNNING =
      "The agent is already running in this JVM; the second load does nothing.";

  /** Shown at start with {@code dsv.events.enabled=false}. */
  public static final String AGENT_DISABLED =
      "Disabled (dsv.events.enabled=false): nothing is woven, nothing is started.";

  /** Shown when a timestamp is not RFC 3339. */
  public static final String NOT_RFC3339 =
      "expected an RFC 3339 time such as 2026-12-04T19:00:00.123456789Z";

  /**
   * A setting whose name dsv-events does not know.
   *
   * @param source where it was given: {@code system property}, {@code environment variable}, ...
   * @param name the name as given
   * @param known the names of all settings, in the form the source uses
   * @return the message
   */
  public static String unknownSetting(String source, String name, java.util.List<String> known) {
    return "Unknown "
        + source
        + " '"
        + name
        + "': dsv-events has no such setting. Known settings: "
        + String.join(", ", known);
  }

  /**
   * A setting with a value it does not accept.
   *
   * @param source where it was given
   * @param name the name as given
   * @param value the value as given (redacted if secret)
   * @param accepted what the setting accepts
   * @param defaultText the default used instead
   * @return the message
   */
  public static String badSettingValue(
      String source, String name, String value, String accepted, String defaultText) {
    return "Invalid "
        + source
        + " "
        + name
        + "='"
        + value
        + "': expected "
        + accepted
        + ". Using the default ("
        + defaultText
        + ") instead.";
  }

  /**
   * A value passed in code that a setting does not accept.
   *
   * @param key the setting's key
   * @param value the value
   * @param accepted what it accepts
   * @return the message
   */
  public static String badValue(String key, String value, String accepted) {
    return "Invalid " + key + "='" + value + "': expected " + accepted + ".";
  }

  /**
   * A payload record that does not belong to the event type.
   *
   * @param type the event type
   * @param given the payload's class
   * @param expected the class the type takes
   * @return the message
   */
  public static String payloadDoesNotFit(EventType type, Class<?> given, Class<?> expected) {
    return "Event type "
        + type.wireName()
        + " takes the payload "
        + expected.getSimpleName()
        + ", not "
        + given.getSimpleName()
        + ".";
  }

  /**
   * An event that Jackson could not write.
   *
   * @param type the event type
   * @param detail what went wrong
   * @return the message
   */
  public static String cannotWrite(EventType type, String detail) {
    return "Cannot write a " + type.wireName() + " event as JSON: " + detail;
  }

  /**
   * A message that is not a readable event.
   *
   * @param detail what went wrong
   * @return the message
   */
  public static String malformedEvent(String detail) {
    return "Not a readable event: " + detail;
  }

  /**
   * An envelope whose type dsv-events does not know.
   *
   * @param wireName the type as written
   * @return the message
   */
  public static String unknownEventType(String wireName) {
    return "unknown event type '"
        + wireName
        + "'; known types: "
        + String.join(
            ", ", java.util.Arrays.stream(EventType.values()).map(EventType::wireName).toList());
  }

  /**
   * A second subscriber with an id already registered.
   *
   * @param id the id
   * @return the message
   */
  public static String duplicateSubscriber(String id) {
    return "A subscriber with id '" + id + "' is already registered; ids must be unique.";
  }

  /**
   * The JSON-lines sink could not open its file.
   *
   * @param target the configured target
   * @param detail what went wrong
   * @return the message
   */
  public static String cannotOpenLog(String target, String detail) {
    return "Cannot write events to dsv.events.log='"
        + target
        + "': "
        + detail
        + ". Events are still emitted; fix the path, or use stdout or stderr.";
  }

  /**
   * Redis could not be reached; events are being held.
   *
   * @param uri the server, password redacted
   * @param cause what went wrong
   * @param outageBuffer how many events are held at most
   * @return the message
   */
  public static String redisUnreachable(String uri, String cause, int outageBuffer) {
    return "Redis at "
        + uri
        + " is unreachable ("
        + cause
        + "). The application goes on; up to "
        + outageBuffer
        + " events (dsv.events.outage.buffer) are held and published when it returns, more are"
        + " dropped and counted.";
  }

  /**
   * Redis is reachable again.
   *
   * @param uri the server, password redacted
   * @param held events waiting to be published
   * @return the message
   */
  public static String redisBack(String uri, int held) {
    return "Redis at " + uri + " is reachable again; publishing " + held + " held events.";
  }

  /**
   * Redis answered PUBLISH with an error.
   *
   * @param uri the server, password redacted
   * @param reply the error reply
   * @return the message
   */
  public static String redisRefused(String uri, String reply) {
    return "Redis at "
        + uri
        + " refused PUBLISH: "
        + reply
        + ". Such events are counted as failed (events.publish.failed); check the user's ACL"
        + " allows PUBLISH on the event channels.";
  }

  /**
   * Redis refused the publisher's credentials.
   *
   * @param uri the server, password redacted
   * @param reply what Redis answered
   * @param outageBuffer how many events are held at most
   * @return the message
   */
  public static String redisAuthFailed(String uri, String reply, int outageBuffer) {
    return "Redis at "
        + uri
        + " refused the credentials in dsv.events.redis.uri ("
        + reply
        + "). Check the user and password. The application goes on; up to "
        + outageBuffer
        + " events are held and retried, more are dropped and counted.";
  }

  /**
   * An {@code @EmitsEvent} that cannot be woven.
   *
   * @param method {@code Class#method}
   * @param annotation e.g. {@code @EmitsEvent(type = SUBMISSION_VALIDATED)}
   * @param part the attribute and expression, e.g. {@code payload "foo = sub.id"}
   * @param problem what is wrong and what is accepted
   * @return the message
   */
  public static String annotationProblem(
      String method, String annotation, String part, String problem) {
    return method
        + ": "
        + annotation
        + " "
        + part
        + ": "
        + problem
        + ". The method is left as it was.";
  }

  /**
   * A binding failed on a call (a getter threw, a value could not be converted); reported once per
   * method.
   *
   * @param method {@code Class#method}
   * @param failure what went wrong
   * @return the message
   */
  public static String bindingFailed(String method, String failure) {
    return method
        + ": a binding failed on a call ("
        + failure
        + "). The application is unaffected; that field is left empty (a failing 'when' skips the"
        + " event) and each failure is counted in agent.binding.failures. Reported once per"
        + " method.";
  }

  /**
   * The agent's one start-up line.
   *
   * @param version the agent's version
   * @param millis how long start-up took
   * @param destination where events go
   * @param settings the settings that differ from their defaults, secrets redacted
   * @return the message
   */
  public static String agentStarted(
      String version, long millis, String destination, String settings) {
    return "agent "
        + version
        + " started in "
        + millis
        + " ms; events go to "
        + destination
        + "; settings: "
        + settings;
  }

  /**
   * Byte Buddy could not transform a class.
   *
   * @param type the class
   * @param failure what went wrong
   * @return the message
   */
  public static String weavingFailed(String type, String failure) {
    return "cannot weave "
        + type
        + " ("
        + failure
        + "); the class runs unchanged, without its events.";
  }

  /**
   * The agent could not finish starting; the application runs without events.
   *
   * @param failure what went wrong
   * @return the message
   */
  public static String agentFailed(String failure) {
    return "the agent could not start ("
        + failure
        + "); the application runs unchanged, without events.";
  }

  /** Shown when the Prometheus page is asked for but its library is missing. */
  public static final String PROMETHEUS_LIBRARY_MISSING =
      "io.micrometer:micrometer-registry-prometheus is not on the class path (the agent jar has"
          + " it; a library user must add it)";

  /** Shown when JMX export is asked for but its library is missing. */
  public static final String JMX_LIBRARY_MISSING =
      "io.micrometer:micrometer-registry-jmx is not on the class path (the agent jar has it; a"
          + " library user must add it)";

  /**
   * The Prometheus page could not be opened.
   *
   * @param port the port asked for
   * @param detail why
   * @return the message
   */
  public static String prometheusFailed(int port, String detail) {
    return "Cannot serve Prometheus metrics on dsv.events.metrics.prometheus.port="
        + port
        + ": "
        + detail
        + ". Events are still emitted; choose a free port (or 0 for any) to get the page.";
  }

  /**
   * The JMX registry could not be started.
   *
   * @param detail why
   * @return the message
   */
  public static String jmxFailed(String detail) {
    return "Cannot register metrics in JMX (dsv.events.metrics.jmx=true): "
        + detail
        + ". Events are still emitted.";
  }

  /**
   * The periodic metrics line.
   *
   * @param summary the meters' summary
   * @return the line, without the log prefix
   */
  public static String metricsLine(String summary) {
    return "metrics: " + summary;
  }

  /**
   * A method whose annotations could not be checked because a type it uses is missing.
   *
   * @param method {@code Class#method}
   * @param detail what is missing
   * @return the message
   */
  public static String methodNotCheckable(String method, String detail) {
    return "cannot check "
        + method
        + ": "
        + detail
        + ". Add the jars it depends on with --classpath.";
  }

  /**
   * A reader could not connect to Redis.
   *
   * @param redactedUri the server, credentials hidden
   * @param detail why
   * @return the message
   */
  public static String cannotReachRedis(String redactedUri, String detail) {
    return "Cannot read events from Redis at "
        + redactedUri
        + ": "
        + detail
        + ". Check the URI (--redis or dsv.events.redis.uri) and that the server is up.";
  }

  /**
   * The first message of a type cut to the size limit.
   *
   * @param type the type
   * @param size its size before cutting
   * @param limit the limit
   * @return the message
   */
  public static String payloadCut(EventType type, int size, int limit) {
    return "An event of type "
        + type.wireName()
        + " was "
        + size
        + " bytes, over dsv.events.max.payload.bytes="
        + limit
        + ": its longest texts were cut to fit (metadata.dsv_truncated holds the original size)."
        + " Such cuts are counted in events.truncated; this is reported once per type.";
  }
}
