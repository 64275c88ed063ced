package io.dsv.events.agent.binding;

/** An expression or binding that cannot be woven; its message says why, for the user. */
public final class BindingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong, in the user's terms
   */
  public BindingException(String message) {
    super(message);
  }
}
