package io.dsv.events.agent.advice;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds the woven method's return value, boxed, when its plan reads it (an expression uses {@code
 * result}, or the method returns a {@code CompletionStage} to wait for); otherwise {@code null}, so
 * that a call does not box a return value nobody reads.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ResultIfRead {}
