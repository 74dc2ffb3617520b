package org.corkboard.console;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.corkboard.category.entity.Category;

/** Names the top-level category of a category, as the dashboard's chart groups listings. */
@Stateless
@PermitAll
public class TopCategories {

  @PersistenceContext EntityManager em;

  public String nameOfTopOf(String slug) {
    Category category =
        em.createQuery("SELECT c FROM Category c WHERE c.slug = :slug", Category.class)
            .setParameter("slug", slug)
            .getSingleResult();
    return category.getParent() == null ? category.getName() : category.getParent().getName();
  }
}
