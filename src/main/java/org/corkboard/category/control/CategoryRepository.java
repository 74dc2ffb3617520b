package org.corkboard.category.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.corkboard.category.entity.Category;

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

  public Category store(Category category) {
    em.persist(category);
    return category;
  }
}
