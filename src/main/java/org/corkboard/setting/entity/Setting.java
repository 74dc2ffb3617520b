package org.corkboard.setting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A runtime setting as kept in the database: its value if an administrator changed it here (null
 * after a reset: the system property or the default applies again), who changed it last and when.
 */
@Entity
@Table(name = "setting")
public class Setting {

  @Id private String name;

  @Column(name = "setting_value")
  private Long value;

  private Instant changedAt;
  private String changedBy;

  @Version private long version;

  protected Setting() {}

  public Setting(String name) {
    this.name = Objects.requireNonNull(name);
  }

  public void change(long value, String by, Instant now) {
    this.value = value;
    this.changedBy = Objects.requireNonNull(by);
    this.changedAt = Objects.requireNonNull(now);
  }

  public void reset(String by, Instant now) {
    this.value = null;
    this.changedBy = Objects.requireNonNull(by);
    this.changedAt = Objects.requireNonNull(now);
  }

  public String getName() {
    return name;
  }

  public Long getValue() {
    return value;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Setting s && name.equals(s.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }
}
