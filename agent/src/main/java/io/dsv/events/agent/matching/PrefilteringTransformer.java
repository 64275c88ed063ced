package io.dsv.events.agent.matching;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.IllegalClassFormatException;
import java.security.ProtectionDomain;

/**
 * The transformer the JVM calls for every class: it rejects by name and by a scan of the bytes
 * first, and hands only candidates to Byte Buddy's transformer, so classes that have nothing to do
 * with {@code @EmitsEvent} are never parsed.
 *
 * <p>Byte Buddy's transformer is built in the background while the application starts; a candidate
 * class that loads before it is ready waits for it, at most {@value #READY_WAIT_SECONDS} seconds
 * (then the class runs unwoven, and that is reported).
 */
public final class PrefilteringTransformer implements ClassFileTransformer {
  // Only the class-loader overload is implemented: the JDK's module-aware overload delegates to it.
  private static final long READY_WAIT_SECONDS = 10;

  private final java.util.concurrent.CompletableFuture<ClassFileTransformer> weaver;
  private final ClassNameFilter names;
  private final AnnotationPrefilter annotations;

  /**
   * @param weaver Byte Buddy's transformer, once built
   * @param names the name filter
   * @param annotations the byte-level prefilter
   */
  public PrefilteringTransformer(
      java.util.concurrent.CompletableFuture<ClassFileTransformer> weaver,
      ClassNameFilter names,
      AnnotationPrefilter annotations) {
    this.weaver = weaver;
    this.names = names;
    this.annotations = annotations;
  }

  @Override
  public byte[] transform(
      ClassLoader loader,
      String className,
      Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain,
      byte[] bytes)
      throws IllegalClassFormatException {
    if (!isCandidate(loader, className, bytes)) {
      return null;
    }
    ClassFileTransformer ready = ready(className);
    return ready == null
        ? null
        : ready.transform(loader, className, classBeingRedefined, protectionDomain, bytes);
  }

  private ClassFileTransformer ready(String className) {
    try {
      return weaver.get(READY_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      io.dsv.events.agent.AgentLog.problem(
          io.dsv.events.runtime.messages.Messages.weavingFailed(
              className.replace('/', '.'), String.valueOf(e)));
      return null;
    }
  }

  private boolean isCandidate(ClassLoader loader, String className, byte[] bytes) {
    try {
      return names.accepts(className) && annotations.mayWeave(loader, bytes);
    } catch (RuntimeException | LinkageError e) {
      return false; // a class we cannot read is left as it is
    }
  }
}
