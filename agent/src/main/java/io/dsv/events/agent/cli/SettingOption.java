package io.dsv.events.agent.cli;

import io.dsv.events.runtime.config.Redaction;
import io.dsv.events.runtime.config.Setting;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * An option whose value is read as a {@code dsv.events.*} setting, so the CLI accepts exactly what
 * the agent does and says so in the setting's own words.
 */
final class SettingOption {
  private SettingOption() {}

  /**
   * Parses an option's value with a setting's parser.
   *
   * @param spec the command, for the error
   * @param setting the setting whose values the option takes
   * @param option the option's name, e.g. {@code --types}
   * @param raw the value given
   * @param <T> the value's type
   * @return the value
   * @throws CommandLine.ParameterException naming the option, the value and what is accepted
   */
  static <T> T parse(CommandSpec spec, Setting<T> setting, String option, String raw) {
    try {
      return setting.parser().parse(raw.trim());
    } catch (RuntimeException e) {
      String shown = setting.secret() ? Redaction.redactUri(raw) : raw;
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "Invalid value for option '"
              + option
              + "': '"
              + shown
              + "'; expected "
              + setting.parser().accepted()
              + ".");
    }
  }
}
