package io.dsv.events.runtime.config;

import io.dsv.events.runtime.messages.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The resolved value of every {@code dsv.events.*} setting, and the problems met resolving them.
 *
 * <p>Sources, highest precedence first: agent arguments, system properties, environment variables,
 * defaults. A bad value is reported in {@link #problems()} and the default is used instead; {@link
 * #requireValid()} turns the problems into an exception (what {@code dsv.events.strict=true} does
 * at start).
 */
public final class DsvEventsConfig {
  private final Map<Setting<?>, Object> values;
  private final Map<Setting<?>, String> origins;
  private final List<String> problems;

  private DsvEventsConfig(
      Map<Setting<?>, Object> values, Map<Setting<?>, String> origins, List<String> problems) {
    this.values = values;
    this.origins = origins;
    this.problems = List.copyOf(problems);
  }

  /**
   * Every setting at its default.
   *
   * @return the configuration
   */
  public static DsvEventsConfig defaults() {
    return load(List.of());
  }

  /**
   * Settings given in code; the others at their defaults.
   *
   * @param settings short keys or property names to raw values, e.g. {@code Map.of("batch.size",
   *     "50")}
   * @return the configuration; check {@link #problems()} or call {@link #requireValid()}
   */
  public static DsvEventsConfig of(Map<String, String> settings) {
    return load(List.of(ConfigSource.of(settings)));
  }

  /**
   * The configuration of this JVM: agent arguments, then system properties, then environment.
   *
   * @param agentArguments the agent's argument string, or {@code null}
   * @return the configuration; check {@link #problems()} or call {@link #requireValid()}
   */
  public static DsvEventsConfig fromEnvironment(String agentArguments) {
    return load(
        List.of(
            ConfigSource.agentArguments(agentArguments),
            ConfigSource.systemProperties(System.getProperties()),
            ConfigSource.environment(System.getenv())));
  }

  /**
   * Resolves settings from sources, the first source winning where several give the same one.
   *
   * @param sources highest precedence first
   * @return the configuration
   */
  public static DsvEventsConfig load(List<ConfigSource> sources) {
    Map<Setting<?>, Object> values = new HashMap<>();
    Map<Setting<?>, String> origins = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Setting<?> setting : Settings.ALL) {
      values.put(setting, setting.defaultValue());
      origins.put(setting, "default");
    }
    for (int i = sources.size() - 1; i >= 0; i--) {
      apply(sources.get(i), values, origins, problems);
    }
    return new DsvEventsConfig(values, origins, problems);
  }

  private static void apply(
      ConfigSource source,
      Map<Setting<?>, Object> values,
      Map<Setting<?>, String> origins,
      List<String> problems) {
    source
        .entries()
        .forEach(
            (name, raw) -> {
              Optional<Setting<?>> setting = Settings.find(name);
              if (setting.isEmpty()) {
                problems.add(
                    Messages.unknownSetting(
                        source.name(), name, Settings.ALL.stream().map(source.naming()).toList()));
                return;
              }
              String text = raw == null ? "" : raw.trim();
              try {
                values.put(setting.get(), setting.get().parser().parse(text));
                origins.put(setting.get(), source.name());
              } catch (IllegalArgumentException e) {
                problems.add(
                    Messages.badSettingValue(
                        source.name(),
                        name,
                        setting.get().secret() ? Redaction.redactUri(text) : text,
                        setting.get().parser().accepted(),
                        setting.get().defaultText()));
              }
            });
  }

  /**
   * A setting's value.
   *
   * @param setting one of {@link Settings}
   * @param <T> its type
   * @return the value; {@code null} for an unset optional setting ({@code redis.uri}, {@code log})
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Setting<T> setting) {
    return (T) values.get(setting);
  }

  /**
   * The problems met: unknown settings and bad values, one clear message each.
   *
   * @return the messages, empty when all is well
   */
  public List<String> problems() {
    return problems;
  }

  /**
   * This configuration, if it has no problems.
   *
   * @return this
   * @throws InvalidConfigException listing every problem
   */
  public DsvEventsConfig requireValid() {
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(problems);
    }
    return this;
  }

  /**
   * The settings that differ from their defaults, secrets redacted, for the start-up line.
   *
   * @return e.g. {@code redis.uri=redis://:***@host:6379 (system property), batch.size=50 (agent
   *     argument)}, or {@code defaults}
   */
  public String describe() {
    StringJoiner joiner = new StringJoiner(", ");
    for (Setting<?> setting : Settings.ALL) {
      if (!"default".equals(origins.get(setting))) {
        Object value = values.get(setting);
        String shown =
            setting.secret() && value != null
                ? Redaction.redactUri(value.toString())
                : display(value);
        joiner.add(setting.key() + "=" + shown + " (" + origins.get(setting) + ")");
      }
    }
    return joiner.length() == 0 ? "defaults" : joiner.toString();
  }

  private static String display(Object value) {
    if (value instanceof java.util.Collection<?> items) {
      return String.join(",", items.stream().map(DsvEventsConfig::display).sorted().toList());
    }
    if (value instanceof io.dsv.events.annotations.EventType type) {
      return type.wireName();
    }
    if (value instanceof java.time.Duration duration) {
      return duration.toMillis() % 1000 == 0
          ? duration.toSeconds() + "s"
          : duration.toMillis() + "ms";
    }
    return String.valueOf(value);
  }

  @Override
  public String toString() {
    return "DsvEventsConfig[" + describe() + "]";
  }
}
