package kb.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Answers whether the database answers, for the readiness check. */
@ApplicationScoped
public class DatabaseProbe {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Transactional
  public boolean reachable() {
    try {
      em.createNativeQuery("SELECT 1").getSingleResult();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
