package io.dsv.events.agent.bridge;

/**
 * The one class woven code calls: it sits on the bootstrap class path so that methods of any class
 * loader can reach it, and it forwards to the agent, which lives in a class loader of its own.
 * Until the agent installs its handler, and whenever it fails, calls do nothing.
 *
 * <p>Kept tiny and dependency-free on purpose: everything here is visible to every application.
 */
public final class EventBridge {
  private static volatile Handler handler;

  private EventBridge() {}

  /** What the agent does on the woven calls. */
  public interface Handler {
    /**
     * A woven method was entered.
     *
     * @param planId the woven method's plan
     * @param self the receiver, or {@code null} for a static method
     * @param args the arguments, or {@code null} when the plan does not use them
     * @return state handed back to {@link #onExit}
     */
    Object onEnter(int planId, Object self, Object[] args);

    /**
     * A woven method returned or threw.
     *
     * @param planId the woven method's plan
     * @param state what {@link #onEnter} returned
     * @param self the receiver, or {@code null}
     * @param args the arguments, or {@code null} when the plan does not use them
     * @param result the return value (boxed), or {@code null}
     * @param thrown the exception thrown, or {@code null}
     */
    void onExit(
        int planId, Object state, Object self, Object[] args, Object result, Throwable thrown);

    /**
     * A woven method that has no entry advice returned or threw: its plan has no {@code ENTRY}
     * event, reads no {@code elapsedMs} and overrides no woven method.
     *
     * @param planId the woven method's plan
     * @param self the receiver, or {@code null}
     * @param args the arguments, or {@code null} when the plan does not use them
     * @param result the return value (boxed), or {@code null}
     * @param thrown the exception thrown, or {@code null}
     */
    void onReturn(int planId, Object self, Object[] args, Object result, Throwable thrown);
  }

  /**
   * Installs the agent's handler.
   *
   * @param agent the handler
   */
  public static void install(Handler agent) {
    handler = agent;
  }

  /**
   * Called on entry of a woven method.
   *
   * @param planId the woven method's plan
   * @param self the receiver, or {@code null}
   * @param args the arguments, or {@code null}
   * @return state for {@link #exit}
   */
  public static Object enter(int planId, Object self, Object[] args) {
    Handler current = handler;
    if (current == null) {
      return null;
    }
    try {
      return current.onEnter(planId, self, args);
    } catch (Throwable ignored) { // nothing may reach the application
      return null;
    }
  }

  /**
   * Called on exit of a woven method, normal or exceptional.
   *
   * @param planId the woven method's plan
   * @param state what {@link #enter} returned
   * @param self the receiver, or {@code null}
   * @param args the arguments, or {@code null}
   * @param result the return value, or {@code null}
   * @param thrown the exception, or {@code null}
   */
  public static void exit(
      int planId, Object state, Object self, Object[] args, Object result, Throwable thrown) {
    Handler current = handler;
    if (current == null) {
      return;
    }
    try {
      current.onExit(planId, state, self, args, result, thrown);
    } catch (Throwable ignored) { // nothing may reach the application
    }
  }

  /**
   * Called on exit of a woven method that has no entry advice, normal or exceptional.
   *
   * @param planId the woven method's plan
   * @param self the receiver, or {@code null}
   * @param args the arguments, or {@code null}
   * @param result the return value, or {@code null}
   * @param thrown the exception, or {@code null}
   */
  public static void returned(
      int planId, Object self, Object[] args, Object result, Throwable thrown) {
    Handler current = handler;
    if (current == null) {
      return;
    }
    try {
      current.onReturn(planId, self, args, result, thrown);
    } catch (Throwable ignored) { // nothing may reach the application
    }
  }
}
