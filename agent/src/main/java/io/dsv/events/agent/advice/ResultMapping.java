package io.dsv.events.agent.advice;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.implementation.bytecode.constant.NullConstant;

/**
 * Binds {@link ResultIfRead}: Byte Buddy's own return-value binding for the methods whose plans
 * read the result, the {@code null} constant for the others. Decided per method when it is woven.
 */
public final class ResultMapping implements Advice.OffsetMapping {
  private static final TypeDescription.Generic OBJECT =
      TypeDescription.ForLoadedType.of(Object.class).asGenericType();
  private static final Advice.OffsetMapping RETURN_VALUE =
      new Advice.OffsetMapping.ForReturnValue(OBJECT, true, Assigner.Typing.DYNAMIC);
  private static final Advice.OffsetMapping NOTHING =
      new Advice.OffsetMapping.ForStackManipulation(
          NullConstant.INSTANCE, OBJECT, OBJECT, Assigner.Typing.STATIC);

  private final Set<String> reading = ConcurrentHashMap.newKeySet();

  /**
   * Records that the plan of a method about to be woven reads its return value.
   *
   * @param type the woven class
   * @param method the method
   */
  public void passResultOf(TypeDescription type, MethodDescription method) {
    reading.add(PlanIdMapping.key(type, method));
  }

  @Override
  public Target resolve(
      TypeDescription instrumentedType,
      MethodDescription instrumentedMethod,
      Assigner assigner,
      Advice.ArgumentHandler argumentHandler,
      Sort sort) {
    boolean reads = reading.contains(PlanIdMapping.key(instrumentedType, instrumentedMethod));
    return (reads ? RETURN_VALUE : NOTHING)
        .resolve(instrumentedType, instrumentedMethod, assigner, argumentHandler, sort);
  }
}
