package org.corkboard.category.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.corkboard.category.entity.Category;
import org.corkboard.category.entity.CategoryField;

@ApplicationScoped
public class CategoryRepository {

  private static final String STORE_MODE = "jakarta.persistence.cache.storeMode";

  @PersistenceContext EntityManager em;

  /**
   * The active categories, read from the database into the shared cache: another server may have
   * changed them, and the cache of this one would otherwise keep its old names.
   */
  public List<Category> findAll() {
    return em.createNamedQuery("Category.findAll", Category.class)
        .setHint(STORE_MODE, CacheStoreMode.REFRESH)
        .getResultList();
  }

  /** The category, unless it is retired. */
  public Optional<Category> findActive(long id) {
    return find(id).filter(c -> !c.isRetired());
  }

  public Optional<CategoryField> findField(long id) {
    return Optional.ofNullable(em.find(CategoryField.class, id));
  }

  public void remove(CategoryField field) {
    em.remove(field);
  }

  /** The category with the slug, retired ones included: a slug is never given twice. */
  public Optional<Category> findBySlug(String slug) {
    return em.createNamedQuery("Category.findBySlug", Category.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Optional<Category> find(long id) {
    return Optional.ofNullable(em.find(Category.class, id));
  }

  public List<CategoryField> allFields() {
    return em.createNamedQuery("CategoryField.findAll", CategoryField.class)
        .setHint(STORE_MODE, CacheStoreMode.REFRESH)
        .getResultList();
  }

  public CategoryField store(CategoryField field) {
    em.persist(field);
    return field;
  }

  public Category store(Category category) {
    em.persist(category);
    return category;
  }
}
