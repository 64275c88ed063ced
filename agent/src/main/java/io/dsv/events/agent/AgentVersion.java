package io.dsv.events.agent;

/** The agent's version, from its jar's manifest; apart so the CLI can read it without the agent. */
public final class AgentVersion {
  private AgentVersion() {}

  /**
   * The version.
   *
   * @return e.g. {@code 0.1.0}, or {@code dev} when not run from the agent jar
   */
  public static String get() {
    String version = AgentVersion.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
