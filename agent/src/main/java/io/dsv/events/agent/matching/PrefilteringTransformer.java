package io.dsv.events.agent.matching;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.IllegalClassFormatException;
import java.security.ProtectionDomain;

/**
 * The transformer the JVM calls for every class: it rejects by name and by a scan of the bytes
 * first, and hands only candidates to Byte Buddy's transformer, so classes that have nothing to do
 * with {@code @EmitsEvent} are never parsed.
 */
public final class PrefilteringTransformer implements ClassFileTransformer {
  private final ClassFileTransformer weaver;
  private final ClassNameFilter names;
  private final AnnotationPrefilter annotations;

  /**
   * @param weaver Byte Buddy's transformer
   * @param names the name filter
   * @param annotations the byte-level prefilter
   */
  public PrefilteringTransformer(
      ClassFileTransformer weaver, ClassNameFilter names, AnnotationPrefilter annotations) {
    this.weaver = weaver;
    this.names = names;
    this.annotations = annotations;
  }

  @Override
  public byte[] transform(
      Module module,
      ClassLoader loader,
      String className,
      Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain,
      byte[] bytes)
      throws IllegalClassFormatException {
    if (!isCandidate(loader, className, bytes)) {
      return null;
    }
    return weaver.transform(
        module, loader, className, classBeingRedefined, protectionDomain, bytes);
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
    return weaver.transform(loader, className, classBeingRedefined, protectionDomain, bytes);
  }

  private boolean isCandidate(ClassLoader loader, String className, byte[] bytes) {
    try {
      return names.accepts(className) && annotations.mayWeave(loader, bytes);
    } catch (RuntimeException | LinkageError e) {
      return false; // a class we cannot read is left as it is
    }
  }
}
