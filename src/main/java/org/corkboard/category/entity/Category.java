package org.corkboard.category.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A category of listings. Top-level categories have no parent; the slug names it in URLs and stays
 * when the category is renamed, so that its addresses keep working. A retired category is kept for
 * its history but offered nowhere.
 */
@Entity
@Cacheable
@NamedQuery(
    name = "Category.findAll",
    query = "SELECT c FROM Category c WHERE c.retiredAt IS NULL ORDER BY c.position, c.name")
@NamedQuery(name = "Category.findBySlug", query = "SELECT c FROM Category c WHERE c.slug = :slug")
public class Category {

  @Id
  @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
  private Long id;

  private String name;
  private String slug;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Category parent;

  private int position;

  private Instant retiredAt;

  @Version private long version;

  protected Category() {}

  public Category(String name, String slug, Category parent, int position) {
    this.name = Objects.requireNonNull(name);
    this.slug = Objects.requireNonNull(slug);
    this.parent = parent;
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getSlug() {
    return slug;
  }

  public Category getParent() {
    return parent;
  }

  /** The top-level category this one belongs to: itself, if it has no parent. */
  public Category top() {
    return parent == null ? this : parent.top();
  }

  public int getPosition() {
    return position;
  }

  public long getVersion() {
    return version;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  public void rename(String name) {
    this.name = Objects.requireNonNull(name);
  }

  /** Puts it under another category (null: at the top), at a place among its new siblings. */
  public void moveUnder(Category parent, int position) {
    if (parent != null && (parent.equals(this) || parent.parent != null)) {
      throw new IllegalArgumentException("The tree has two levels: " + parent.name);
    }
    this.parent = parent;
    this.position = position;
  }

  public void placeAt(int position) {
    this.position = position;
  }

  public void retire(Instant now) {
    this.retiredAt = Objects.requireNonNull(now);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Category category && id != null && id.equals(category.id);
  }

  @Override
  public int hashCode() {
    return Category.class.hashCode();
  }
}
