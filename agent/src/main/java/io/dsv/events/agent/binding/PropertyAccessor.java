package io.dsv.events.agent.binding;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one named property of whatever object it is given: a getter ({@code getX}, {@code isX},
 * {@code x()}, which covers record components), a public field, a {@code Map} key, or an array's
 * {@code length}. The accessor is linked once per runtime class into a method handle and cached; no
 * call looks anything up by name or goes through reflection.
 */
final class PropertyAccessor {
  private static final MethodType OBJECT_TO_OBJECT =
      MethodType.methodType(Object.class, Object.class);

  private final String name;
  private final ClassValue<MethodHandle> handles =
      new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
          return link(type);
        }
      };

  PropertyAccessor(String name) {
    this.name = name;
  }

  Object get(Object target) throws Throwable {
    if (target == null) {
      return null;
    }
    if (target instanceof Map<?, ?> map) {
      return map.get(name);
    }
    if (target.getClass().isArray() && name.equals("length")) {
      return java.lang.reflect.Array.getLength(target);
    }
    MethodHandle handle = handles.get(target.getClass());
    if (handle == null) {
      throw new BindingException("no property '" + name + "' on " + target.getClass().getName());
    }
    return (Object) handle.invokeExact(target);
  }

  private MethodHandle link(Class<?> type) {
    String capitalised = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    for (String candidate : new String[] {"get" + capitalised, "is" + capitalised, name}) {
      Method method = findMethod(type, candidate);
      if (method != null) {
        try {
          return MethodHandles.lookup().unreflect(method).asType(OBJECT_TO_OBJECT);
        } catch (IllegalAccessException e) {
          // try the next form
        }
      }
    }
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        if (Modifier.isPublic(field.getModifiers())
            && !Modifier.isStatic(field.getModifiers())
            && field.trySetAccessible()) {
          return MethodHandles.lookup().unreflectGetter(field).asType(OBJECT_TO_OBJECT);
        }
      } catch (NoSuchFieldException | IllegalAccessException e) {
        // keep looking up the hierarchy
      }
    }
    return null;
  }

  /** A no-argument instance method by name that this agent may call, preferring public types. */
  private static Method findMethod(Class<?> type, String name) {
    try {
      Method method = type.getMethod(name);
      if (!Modifier.isStatic(method.getModifiers()) && method.getReturnType() != void.class) {
        if (method.trySetAccessible()) {
          return method;
        }
        Method onPublicType = onAccessibleSupertype(type, name);
        if (onPublicType != null) {
          return onPublicType;
        }
      }
    } catch (NoSuchMethodException e) {
      // not public: look at declared methods below
    }
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Method method = c.getDeclaredMethod(name);
        if (!Modifier.isStatic(method.getModifiers())
            && method.getReturnType() != void.class
            && method.trySetAccessible()) {
          return method;
        }
      } catch (NoSuchMethodException e) {
        // keep looking up the hierarchy
      }
    }
    return null;
  }

  /** The same method declared on an interface or superclass whose module lets us in. */
  private static Method onAccessibleSupertype(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> candidate : c.getInterfaces()) {
        try {
          Method method = candidate.getMethod(name);
          if (method.trySetAccessible()) {
            return method;
          }
        } catch (NoSuchMethodException e) {
          // not on this interface
        }
      }
      Class<?> parent = c.getSuperclass();
      if (parent != null) {
        try {
          Method method = parent.getMethod(name);
          if (method.trySetAccessible()) {
            return method;
          }
        } catch (NoSuchMethodException e) {
          // not on the parent
        }
      }
    }
    return null;
  }
}
