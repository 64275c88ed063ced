package io.dsv.events.runtime.config;

import java.util.Locale;

/**
 * One {@code dsv.events.*} setting: its name, default and parser. All settings are declared in
 * {@link Settings}.
 *
 * @param <T> the type of the setting's value
 */
public final class Setting<T> {
  /** The prefix of every system property. */
  public static final String PROPERTY_PREFIX = "dsv.events.";

  /** The prefix of every environment variable. */
  public static final String ENV_PREFIX = "DSV_EVENTS_";

  private final String key;
  private final T defaultValue;
  private final String defaultText;
  private final ValueParser<T> parser;
  private final boolean secret;
  private final String description;

  Setting(
      String key,
      T defaultValue,
      String defaultText,
      ValueParser<T> parser,
      boolean secret,
      String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.defaultText = defaultText;
    this.parser = parser;
    this.secret = secret;
    this.description = description;
  }

  /**
   * The key without prefix, as in agent arguments: {@code batch.size}.
   *
   * @return the short key
   */
  public String key() {
    return key;
  }

  /**
   * The system property: {@code dsv.events.batch.size}.
   *
   * @return the property name
   */
  public String propertyName() {
    return PROPERTY_PREFIX + key;
  }

  /**
   * The environment variable: {@code DSV_EVENTS_BATCH_SIZE}.
   *
   * @return the variable name
   */
  public String envName() {
    return toEnvName(propertyName());
  }

  /**
   * The value when the setting is not given; may be {@code null} for "unset".
   *
   * @return the default value
   */
  public T defaultValue() {
    return defaultValue;
  }

  /**
   * The default as the README shows it, e.g. {@code 1s}, {@code all}, {@code unset}.
   *
   * @return the default's text
   */
  public String defaultText() {
    return defaultText;
  }

  /**
   * The parser for this setting's text.
   *
   * @return the parser
   */
  public ValueParser<T> parser() {
    return parser;
  }

  /**
   * Whether the value may hold credentials and must be redacted wherever it is shown.
   *
   * @return {@code true} for secrets
   */
  public boolean secret() {
    return secret;
  }

  /**
   * One line on what the setting does.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The environment variable for a property name: upper case, dots and dashes as underscores.
   *
   * @param propertyName e.g. {@code dsv.events.redis.uri}
   * @return e.g. {@code DSV_EVENTS_REDIS_URI}
   */
  public static String toEnvName(String propertyName) {
    return propertyName.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  @Override
  public String toString() {
    return propertyName();
  }
}
