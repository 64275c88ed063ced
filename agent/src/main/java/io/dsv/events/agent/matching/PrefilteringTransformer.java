package io.dsv.events.agent.matching;

import io.dsv.events.agent.AgentLog;
import io.dsv.events.runtime.messages.Messages;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.IllegalClassFormatException;
import java.security.ProtectionDomain;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The transformer the JVM calls for every class: it rejects by name and by a scan of the bytes
 * first, and hands only candidates to Byte Buddy's transformer, so classes that have nothing to do
 * with {@code @EmitsEvent} are never parsed.
 *
 * <p>Byte Buddy's transformer and the runtime are built in the background while the application
 * starts. A candidate class that loads before they are ready waits for them, at most {@value
 * #READY_WAIT_SECONDS} seconds in all (then the class runs unwoven, and that is reported): it is
 * woven as soon as the transformer is ready, and handed back once the runtime is too, since its
 * woven methods may run at once and their events must have somewhere to go.
 */
public final class PrefilteringTransformer implements ClassFileTransformer {
  // Only the class-loader overload is implemented: the JDK's module-aware overload delegates to it.
  private static final long READY_WAIT_SECONDS = 10;

  private final CompletableFuture<ClassFileTransformer> weaver;
  private final CompletableFuture<?> runtime;
  private final ClassNameFilter names;
  private final AnnotationPrefilter annotations;

  /**
   * @param weaver Byte Buddy's transformer, once built
   * @param runtime completes once woven code's calls reach the runtime
   * @param names the name filter
   * @param annotations the byte-level prefilter
   */
  public PrefilteringTransformer(
      CompletableFuture<ClassFileTransformer> weaver,
      CompletableFuture<?> runtime,
      ClassNameFilter names,
      AnnotationPrefilter annotations) {
    this.weaver = weaver;
    this.runtime = runtime;
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
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_WAIT_SECONDS);
    ClassFileTransformer ready = (ClassFileTransformer) await(weaver, deadline, className);
    if (ready == null) {
      return null;
    }
    byte[] woven = ready.transform(loader, className, classBeingRedefined, protectionDomain, bytes);
    return woven != null && await(runtime, deadline, className) != null ? woven : null;
  }

  private static Object await(CompletableFuture<?> part, long deadline, String className) {
    try {
      return part.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException | TimeoutException e) {
      AgentLog.problem(Messages.weavingFailed(className.replace('/', '.'), String.valueOf(e)));
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
