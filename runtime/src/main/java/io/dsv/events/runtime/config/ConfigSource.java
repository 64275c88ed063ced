package io.dsv.events.runtime.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Raw settings from one place, keyed by the name used there.
 *
 * @param name what the place is called in messages: {@code agent argument}, {@code system
 *     property}, {@code environment variable}
 * @param entries names as written there ({@code batch.size}, {@code dsv.events.batch.size}, {@code
 *     DSV_EVENTS_BATCH_SIZE}) to raw values; only those of dsv-events
 * @param naming how this place names a setting, for the list of known names in messages
 */
public record ConfigSource(
    String name, Map<String, String> entries, Function<Setting<?>, String> naming) {

  private static final String AGENT_ARGUMENT = "agent argument";

  /** Copies the entries. */
  public ConfigSource {
    entries = Map.copyOf(entries);
  }

  /**
   * Agent arguments: {@code redis.uri=redis://h:6379,batch.size=50}. Keys may carry the {@code
   * dsv.events.} prefix. A piece without {@code =} continues the previous value, so lists keep
   * their commas: {@code types=epoch_started,epoch_completed,batch.size=5}.
   *
   * @param arguments the text after {@code -javaagent:jar=}, or {@code null}
   * @return the source
   */
  public static ConfigSource agentArguments(String arguments) {
    Map<String, String> entries = new LinkedHashMap<>();
    if (arguments == null || arguments.isBlank()) {
      return new ConfigSource(AGENT_ARGUMENT, entries, Setting::key);
    }
    List<String[]> pairs = new ArrayList<>();
    for (String piece : arguments.split(",")) {
      int eq = piece.indexOf('=');
      if (eq < 0 && !pairs.isEmpty()) {
        String[] last = pairs.get(pairs.size() - 1);
        last[1] = last[1] + "," + piece;
      } else if (eq < 0) {
        pairs.add(new String[] {piece.trim(), ""});
      } else {
        pairs.add(new String[] {piece.substring(0, eq).trim(), piece.substring(eq + 1)});
      }
    }
    for (String[] pair : pairs) {
      entries.put(pair[0], pair[1]);
    }
    return new ConfigSource(AGENT_ARGUMENT, entries, Setting::key);
  }

  /**
   * The {@code dsv.events.*} system properties.
   *
   * @param properties usually {@link System#getProperties()}
   * @return the source
   */
  public static ConfigSource systemProperties(Properties properties) {
    Map<String, String> entries = new LinkedHashMap<>();
    for (String name : properties.stringPropertyNames()) {
      if (name.startsWith(Setting.PROPERTY_PREFIX)) {
        entries.put(name, properties.getProperty(name));
      }
    }
    return new ConfigSource("system property", entries, Setting::propertyName);
  }

  /**
   * The {@code DSV_EVENTS_*} environment variables.
   *
   * @param environment usually {@link System#getenv()}
   * @return the source
   */
  public static ConfigSource environment(Map<String, String> environment) {
    Map<String, String> entries = new LinkedHashMap<>();
    environment.forEach(
        (name, value) -> {
          if (name.startsWith(Setting.ENV_PREFIX)) {
            entries.put(name, value);
          }
        });
    return new ConfigSource("environment variable", entries, Setting::envName);
  }

  /**
   * Settings given in code, keyed by short key or property name.
   *
   * @param settings e.g. {@code Map.of("batch.size", "50")}
   * @return the source
   */
  public static ConfigSource of(Map<String, String> settings) {
    return new ConfigSource("setting", settings, Setting::key);
  }
}
