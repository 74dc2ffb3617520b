package org.corkboard.wordlist.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corkboard.wordlist.entity.ListedWord;
import org.corkboard.wordlist.entity.WordKind;

/** The word list in the database: short, read whole. */
@ApplicationScoped
public class ListedWords {

  @PersistenceContext EntityManager em;

  public List<ListedWord> all() {
    return em.createNamedQuery("ListedWord.all", ListedWord.class).getResultList();
  }

  public Optional<ListedWord> findForUpdate(long id) {
    return Optional.ofNullable(em.find(ListedWord.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Whether the list has this entry already, in any case. */
  public boolean has(WordKind kind, String text) {
    return em.createQuery(
                "SELECT COUNT(w) FROM ListedWord w WHERE w.kind = :kind AND LOWER(w.text) = :text",
                Long.class)
            .setParameter("kind", kind)
            .setParameter("text", text.toLowerCase(Locale.ROOT))
            .getSingleResult()
        > 0;
  }

  public ListedWord store(ListedWord word) {
    em.persist(word);
    return word;
  }

  public void remove(ListedWord word) {
    em.remove(word);
  }
}
