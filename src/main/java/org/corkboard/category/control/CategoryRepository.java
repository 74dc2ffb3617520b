package org.corkboard.category.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.corkboard.category.entity.Category;
import org.corkboard.category.entity.CategoryField;

@ApplicationScoped
public class CategoryRepository {

  @PersistenceContext EntityManager em;

  public List<Category> findAll() {
    return em.createNamedQuery("Category.findAll", Category.class).getResultList();
  }

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
    return em.createNamedQuery("CategoryField.findAll", CategoryField.class).getResultList();
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
