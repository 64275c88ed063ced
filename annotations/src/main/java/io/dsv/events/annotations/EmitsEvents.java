package io.dsv.events.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The container of repeated {@link EmitsEvent} annotations; the compiler writes it for you when a
 * method carries more than one {@code @EmitsEvent}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EmitsEvents {

  /**
   * The events the method emits, in declaration order.
   *
   * @return the repeated annotations
   */
  EmitsEvent[] value();
}
