/**
 * The annotations an application compiles against to emit DSV pipeline events: {@link
 * io.dsv.events.annotations.EmitsEvent} on a method, {@link io.dsv.events.annotations.EventField}
 * on a parameter. This package depends on nothing but the JDK.
 */
package io.dsv.events.annotations;
