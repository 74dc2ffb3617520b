package org.corkboard.demo;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corkboard.category.entity.Category;
import org.corkboard.category.entity.CategoryField;

/**
 * The category tree and fields a new Corkboard starts with, as slugs. Their classes are private to
 * the category feature, so the tests read them by reflection: the catalogue is checked against the
 * real tree, not against a copy that could drift from it.
 */
final class DefaultTree {

  private static final String PACKAGE = "org.corkboard.category.control.";

  private DefaultTree() {}

  /** Each top-level slug with the slugs of its sub-categories, in order. */
  static Map<String, List<String>> slugs() {
    try {
      Class<?> tree = Class.forName(PACKAGE + "DefaultCategories");
      Field field = tree.getDeclaredField("TREE");
      field.setAccessible(true);
      Method slug = tree.getDeclaredMethod("slug", String.class);
      slug.setAccessible(true);
      Map<String, List<String>> slugs = new LinkedHashMap<>();
      for (var top : ((Map<?, ?>) field.get(null)).entrySet()) {
        List<String> children =
            ((List<?>) top.getValue()).stream().map(c -> (String) invoke(slug, c)).toList();
        slugs.put((String) invoke(slug, top.getKey()), children);
      }
      return slugs;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fields of a top-level category, which its sub-categories inherit. */
  @SuppressWarnings("unchecked")
  static List<CategoryField> fieldsOf(String topSlug) {
    try {
      Method fields =
          Class.forName(PACKAGE + "DefaultFields").getDeclaredMethod("forCategory", Category.class);
      fields.setAccessible(true);
      return (List<CategoryField>) fields.invoke(null, new Category(topSlug, topSlug, null, 0));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke(Method method, Object argument) {
    try {
      return method.invoke(null, argument);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
