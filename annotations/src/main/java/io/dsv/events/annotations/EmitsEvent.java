package io.dsv.events.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a method emits a pipeline event. The dsv-events agent weaves the emission into the
 * method; nothing else in the business code changes.
 *
 * <pre>{@code
 * @EmitsEvent(type = EventType.SUBMISSION_VALIDATED, when = "result",
 *             payload = {"submission_id = sub.id", "epoch_id = sub.epochId"})
 * @EmitsEvent(type = EventType.SUBMISSION_REJECTED, severity = Severity.WARNING, when = "!result",
 *             payload = {"submission_id = sub.id", "reason = 'invalid signature'"})
 * boolean validate(Submission sub) { ... }
 * }</pre>
 *
 * <h2>Expressions</h2>
 *
 * <p>{@link #when()}, {@link #payload()}, {@link #metadata()} and {@link #error()} take small
 * expressions, checked and compiled once when the method is woven. Roots: a parameter name (classes
 * compiled with {@code -parameters}), {@code argN} (0-based), {@code result}, {@code exception},
 * {@code this}, {@code elapsedMs}. Then {@code .name} steps through getters ({@code getX}, {@code
 * isX}, {@code x()}), record components, public fields and {@code Map} keys. Literals: {@code
 * 'text'}, numbers, {@code true}, {@code false}, {@code null}. Operators: {@code !}, {@code ==},
 * {@code !=}, {@code &&}, {@code ||}.
 *
 * <p>An annotation on an interface or superclass method also applies to the methods that implement
 * or override it; one call emits each event once, the most specific annotation winning.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(EmitsEvents.class)
public @interface EmitsEvent {

  /**
   * The event type; it fixes the payload fields that {@link #payload()} may bind.
   *
   * @return the event type
   */
  EventType type();

  /**
   * The event's severity.
   *
   * @return the severity, {@link Severity#INFO} by default
   */
  Severity severity() default Severity.INFO;

  /**
   * The component that produces the event. Empty means the {@code dsv.events.component} setting,
   * or, when that is unset, the declaring class's simple name in lower case.
   *
   * @return the component name
   */
  String component() default "";

  /**
   * When the event fires.
   *
   * @return the phase, {@link Phase#RETURN} by default
   */
  Phase on() default Phase.RETURN;

  /**
   * A condition; the event is emitted only when it evaluates to {@code true}. Empty means always.
   * Example: {@code "!result"}, {@code "sub.priority == 'high' && result"}.
   *
   * @return the condition expression
   */
  String when() default "";

  /**
   * Payload bindings {@code "field = expression"}. The field must be a payload field of {@link
   * #type()} as the wire contract names it ({@code submission_id}, {@code epoch_id}, ...); values
   * are converted to the field's wire type.
   *
   * @return the payload bindings
   */
  String[] payload() default {};

  /**
   * Bindings {@code "key = expression"} into the envelope's {@code metadata} map; values are
   * written as strings.
   *
   * @return the metadata bindings
   */
  String[] metadata() default {};

  /**
   * An expression for the envelope's {@code error} text. For {@link Phase#EXCEPTION} it defaults to
   * the exception's message.
   *
   * @return the error expression
   */
  String error() default "";
}
