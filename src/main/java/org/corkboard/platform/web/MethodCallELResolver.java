package org.corkboard.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls the methods pages name ({@code #{card.slug()}}, {@code #{links.with('page', 2)}}) through a
 * lookup made once per class. Jakarta EL 5's bean resolver lists every public method of the class
 * at each call, which made a tenth of a search page's rendering. Only calls that cannot be
 * ambiguous are taken (a public instance method of a public, exported class, the only one of its
 * name and number of parameters, not varargs); every other call falls to the standard resolvers, as
 * before.
 */
public class MethodCallELResolver extends ELResolver {

  /** Each public class's unambiguous methods, by name and number of parameters. */
  private static final ClassValue<Map<String, Method>> METHODS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          if (!Modifier.isPublic(type.getModifiers())
              || !type.getModule().isExported(type.getPackageName())) {
            return Map.of();
          }
          return Arrays.stream(type.getMethods())
              .filter(MethodCallELResolver::callable)
              .collect(
                  Collectors.groupingBy(
                      method -> key(method.getName(), method.getParameterCount())))
              .entrySet()
              .stream()
              .filter(overloads -> overloads.getValue().size() == 1)
              .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().get(0)));
        }
      };

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null || !(method instanceof String name)) {
      return null;
    }
    Object[] given = params == null ? new Object[0] : params;
    Method target = METHODS.get(base.getClass()).get(key(name, given.length));
    if (target == null) {
      return null;
    }
    Object[] arguments = arguments(context, target.getParameterTypes(), given);
    try {
      Object result = target.invoke(base, arguments);
      context.setPropertyResolved(base, method);
      return result;
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    }
  }

  /** The parameters as the method takes them, coerced by EL's rules where their types differ. */
  private static Object[] arguments(ELContext context, Class<?>[] types, Object[] given) {
    Object[] arguments = new Object[given.length];
    for (int i = 0; i < given.length; i++) {
      arguments[i] =
          given[i] != null && boxed(types[i]).isInstance(given[i])
              ? given[i]
              : context.convertToType(given[i], types[i]);
    }
    return arguments;
  }

  private static boolean callable(Method method) {
    return !Modifier.isStatic(method.getModifiers())
        && !method.isVarArgs()
        && !method.isBridge()
        && Modifier.isPublic(method.getDeclaringClass().getModifiers());
  }

  private static String key(String name, int parameters) {
    return name + '/' + parameters;
  }

  private static Class<?> boxed(Class<?> type) {
    return MethodType.methodType(type).wrap().returnType();
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {}

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
