package io.dsv.events.agent.binding;

import io.dsv.events.annotations.Phase;
import java.util.List;
import net.bytebuddy.description.type.TypeDescription;

/**
 * What expressions of one woven method can refer to, as the class file declares it.
 *
 * @param declaringType the woven class
 * @param isStatic whether the method is static ({@code this} is then unavailable)
 * @param parameterNames the parameters' names, {@code null} where the class was compiled without
 *     {@code -parameters}
 * @param parameterTypes the parameters' erased types
 * @param resultType the erased return type, the value type of a {@code CompletionStage}, or {@code
 *     null} for {@code void}
 * @param phase when the event being bound fires
 */
public record MethodShape(
    TypeDescription declaringType,
    boolean isStatic,
    List<String> parameterNames,
    List<TypeDescription> parameterTypes,
    TypeDescription resultType,
    Phase phase) {

  /** Copies the lists. */
  public MethodShape {
    parameterNames =
        java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameterNames));
    parameterTypes = List.copyOf(parameterTypes);
  }
}
