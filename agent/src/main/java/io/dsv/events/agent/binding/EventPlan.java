package io.dsv.events.agent.binding;

import io.dsv.events.annotations.Phase;
import java.util.List;

/**
 * Everything a woven method emits, compiled once when the class was woven, grouped by phase so a
 * call does no filtering.
 */
public final class EventPlan {
  private final String method;
  private final String family;
  private final String declaringType;
  private final boolean usesArguments;
  private final boolean readsResult;
  private final boolean usesElapsed;
  private final boolean async;
  // One field per phase rather than a map or an array by ordinal: read on every call.
  private final EventSpec[] atEntry;
  private final EventSpec[] atReturn;
  private final EventSpec[] atException;
  private volatile boolean overridden;

  /**
   * @param method {@code Class#method} for messages and meters
   * @param family the method's name and erased parameter types: an override and the method it
   *     overrides share it, which is how one call emits each event once
   * @param declaringType the woven class
   * @param usesArguments whether any expression reads an argument (else the advice skips copying
   *     them)
   * @param readsResult whether calls must pass the return value: an expression reads {@code
   *     result}, or a returned {@code CompletionStage} is awaited (else the advice does not box it)
   * @param usesElapsed whether any expression reads {@code elapsedMs} (else calls skip the clock)
   * @param async whether {@code RETURN}/{@code EXCEPTION} events wait for a returned {@code
   *     CompletionStage}
   * @param events the events, each with its phase
   */
  public EventPlan(
      String method,
      String family,
      String declaringType,
      boolean usesArguments,
      boolean readsResult,
      boolean usesElapsed,
      boolean async,
      List<EventSpec> events) {
    this.method = method;
    this.family = family;
    this.declaringType = declaringType;
    this.usesArguments = usesArguments;
    this.readsResult = readsResult;
    this.usesElapsed = usesElapsed;
    this.async = async;
    this.atEntry = ofPhase(events, Phase.ENTRY);
    this.atReturn = ofPhase(events, Phase.RETURN);
    this.atException = ofPhase(events, Phase.EXCEPTION);
  }

  private static EventSpec[] ofPhase(List<EventSpec> events, Phase phase) {
    return events.stream().filter(e -> e.phase() == phase).toArray(EventSpec[]::new);
  }

  /**
   * @return {@code Class#method}
   */
  public String method() {
    return method;
  }

  /**
   * @return the override family key
   */
  public String family() {
    return family;
  }

  /**
   * @return the woven class's name
   */
  public String declaringType() {
    return declaringType;
  }

  /**
   * @return whether any expression reads an argument
   */
  public boolean usesArguments() {
    return usesArguments;
  }

  /**
   * @return whether calls pass the return value
   */
  public boolean readsResult() {
    return readsResult;
  }

  /**
   * @return whether any expression reads {@code elapsedMs}
   */
  public boolean usesElapsed() {
    return usesElapsed;
  }

  /**
   * @return whether completion of a returned stage is awaited
   */
  public boolean async() {
    return async;
  }

  /**
   * The {@code ENTRY} events, in declaration order (an array, iterated on every call without an
   * iterator; not to be changed).
   *
   * @return those events
   */
  public EventSpec[] atEntry() {
    return atEntry;
  }

  /**
   * The {@code RETURN} events, in declaration order (not to be changed).
   *
   * @return those events
   */
  public EventSpec[] atReturn() {
    return atReturn;
  }

  /**
   * The {@code EXCEPTION} events, in declaration order (not to be changed).
   *
   * @return those events
   */
  public EventSpec[] atException() {
    return atException;
  }

  /**
   * Whether another woven method shares this one's family (an override or the method it overrides):
   * only then can one call run both, and calls must check for nesting.
   *
   * @return {@code true} when such a method is woven
   */
  public boolean overridden() {
    return overridden;
  }

  /** Records that another woven method shares this one's family. */
  public void markOverridden() {
    overridden = true;
  }
}
