package io.dsv.events.runtime.model;

/** A message that is not a readable event: not JSON, not an object, or of an unknown type. */
public final class MalformedEventException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MalformedEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
