package io.dsv.events.agent;

import io.dsv.events.runtime.messages.Messages;

/**
 * The agent's voice: one start-up line, then nothing unless something is wrong. Lines go to
 * standard error, prefixed, so they stand out in any service's log.
 */
public final class AgentLog {
  private AgentLog() {}

  /**
   * An informational line (start-up).
   *
   * @param message the text
   */
  public static void info(String message) {
    System.err.println(Messages.LOG_PREFIX + message);
  }

  /**
   * A problem: a bad setting, an annotation that cannot be woven, a failing binding.
   *
   * @param message the text
   */
  public static void problem(String message) {
    System.err.println(Messages.LOG_PREFIX + "Problem: " + message);
  }
}
