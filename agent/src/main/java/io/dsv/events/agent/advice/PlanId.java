package io.dsv.events.agent.advice;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds the woven method's plan id, a constant chosen when the method is woven: the advice's only
 * per-method input, so no call looks up {@code Method} objects or annotations.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface PlanId {}
