package org.corkboard.setting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.corkboard.setting.entity.Setting;

/** The settings' rows: a dozen, read all at once. */
@ApplicationScoped
public class SettingRepository {

  @PersistenceContext EntityManager em;

  public List<Setting> all() {
    return em.createQuery("SELECT s FROM Setting s", Setting.class).getResultList();
  }

  /** The row, locked for this transaction: two changes of one setting take turns. */
  public Optional<Setting> findForUpdate(String name) {
    return Optional.ofNullable(em.find(Setting.class, name, LockModeType.PESSIMISTIC_WRITE));
  }

  public Setting store(Setting setting) {
    em.persist(setting);
    return setting;
  }
}
