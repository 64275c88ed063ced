package io.dsv.events.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a payload field of every event the method emits, as if each {@link
 * EmitsEvent} had {@code "field = parameter"} in its payload. An explicit binding of the same field
 * in {@link EmitsEvent#payload()} takes precedence. Events whose type has no such field ignore it.
 *
 * <pre>{@code
 * @EmitsEvent(type = EventType.EPOCH_STARTED)
 * void startEpoch(@EventField("epoch_id") String epochId) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface EventField {

  /**
   * The payload field, as the wire contract names it, e.g. {@code epoch_id}.
   *
   * @return the payload field name
   */
  String value();
}
