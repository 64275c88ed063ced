package io.dsv.events.agent.advice;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.implementation.bytecode.constant.IntegerConstant;

/**
 * Binds {@link PlanId} to the id of the method being woven, as an {@code int} constant in the woven
 * code. One mapping serves all methods, so the advice classes are parsed once, not per method.
 */
public final class PlanIdMapping implements Advice.OffsetMapping {
  private final Map<String, Integer> ids = new ConcurrentHashMap<>();

  /**
   * Records the plan id of a method about to be woven.
   *
   * @param type the woven class
   * @param method the method
   * @param id its plan id
   */
  public void assign(TypeDescription type, MethodDescription method, int id) {
    ids.put(key(type, method), id);
  }

  @Override
  public Target resolve(
      TypeDescription instrumentedType,
      MethodDescription instrumentedMethod,
      Assigner assigner,
      Advice.ArgumentHandler argumentHandler,
      Sort sort) {
    Integer id = ids.get(key(instrumentedType, instrumentedMethod));
    return new Target.ForStackManipulation(IntegerConstant.forValue(id == null ? -1 : id));
  }

  static String key(TypeDescription type, MethodDescription method) {
    return type.getName() + '#' + method.getInternalName() + method.getDescriptor();
  }
}
