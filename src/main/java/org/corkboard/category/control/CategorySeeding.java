package org.corkboard.category.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.corkboard.category.entity.Category;

/** Gives a database without categories the default tree and fields, at deployment. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class CategorySeeding {

  @Inject CategoryRepository repository;

  @PostConstruct
  void seed() {
    if (repository.findAll().isEmpty()) {
      seedTree();
    }
    if (repository.allFields().isEmpty()) {
      repository.findAll().forEach(c -> DefaultFields.forCategory(c).forEach(repository::store));
    }
  }

  private void seedTree() {
    int position = 0;
    for (Map.Entry<String, List<String>> top : DefaultCategories.TREE.entrySet()) {
      Category parent =
          repository.store(
              new Category(top.getKey(), DefaultCategories.slug(top.getKey()), null, position++));
      int childPosition = 0;
      for (String child : top.getValue()) {
        repository.store(
            new Category(child, DefaultCategories.slug(child), parent, childPosition++));
      }
    }
  }
}
