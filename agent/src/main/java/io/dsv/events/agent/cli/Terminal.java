package io.dsv.events.agent.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard output is an interactive terminal (for colour), on Java 17 to 25. */
final class Terminal {
  private Terminal() {}

  static boolean isInteractive() {
    if (System.getenv("NO_COLOR") != null) {
      return false;
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From Java 22 System.console() is non-null even when redirected; isTerminal() tells.
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
