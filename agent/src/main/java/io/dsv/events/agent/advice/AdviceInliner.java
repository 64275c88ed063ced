package io.dsv.events.agent.advice;

import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.scaffold.TypeInitializer;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.auxiliary.AuxiliaryType;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.AsmClassReader;
import net.bytebuddy.utility.AsmClassWriter;

/**
 * Inlines advice into a class file: Byte Buddy's method visitor wrapper applied on a class reader
 * and writer of its own, rather than through {@code AgentBuilder} or a type builder's {@code
 * make()}. Those only decorate here, and their machinery costs the application's start-up a few
 * hundred classes and tens of milliseconds for features the agent does not use.
 */
public final class AdviceInliner {
  // The advice needs no auxiliary class; a disabled implementation context refuses to make one.
  private static final AuxiliaryType.NamingStrategy NO_AUXILIARY_TYPES =
      new AuxiliaryType.NamingStrategy.Suffixing("dsvEvents");

  private AdviceInliner() {}

  /**
   * The class's bytes with the advice inlined; every other method is copied as it is.
   *
   * @param type the class being woven
   * @param bytes its class file
   * @param advice the advice of each method to weave
   * @param pool where the types the advice and the class refer to are described
   * @return the woven class file
   */
  public static byte[] inline(
      TypeDescription type, byte[] bytes, AsmVisitorWrapper advice, TypePool pool) {
    int writerFlags = advice.mergeWriter(0);
    int readerFlags = advice.mergeReader(0);
    AsmClassReader reader = AsmClassReader.Factory.Default.IMPLICIT.make(bytes);
    AsmClassWriter writer = AsmClassWriter.Factory.Default.IMPLICIT.make(writerFlags, reader, pool);
    ClassFileVersion version = ClassFileVersion.ofClassFile(bytes);
    Implementation.Context context =
        Implementation.Context.Disabled.Factory.INSTANCE.make(
            type,
            NO_AUXILIARY_TYPES,
            TypeInitializer.None.INSTANCE,
            version,
            version,
            version.isAtLeast(ClassFileVersion.JAVA_V6)
                ? Implementation.Context.FrameGeneration.GENERATE
                : Implementation.Context.FrameGeneration.DISABLED);
    reader.accept(
        advice.wrap(
            type,
            writer.getVisitor(),
            context,
            pool,
            type.getDeclaredFields(),
            type.getDeclaredMethods(),
            writerFlags,
            readerFlags),
        readerFlags);
    return writer.getBinaryRepresentation();
  }
}
