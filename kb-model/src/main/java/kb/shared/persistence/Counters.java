package kb.shared.persistence;

import jakarta.persistence.EntityManager;

/**
 * Named counters in {@code id_block} for numbers that must run one by one (ticket numbers,
 * suggestion ids): a single-row UPDATE, atomic on H2 and PostgreSQL, whose row lock holds until the
 * transaction ends.
 */
public final class Counters {

  private Counters() {}

  /** The counter's next value; the caller's transaction must be active. */
  public static long next(EntityManager em, String name) {
    em.createNativeQuery("UPDATE id_block SET next_value = next_value + 1 WHERE name = ?1")
        .setParameter(1, name)
        .executeUpdate();
    return ((Number)
            em.createNativeQuery("SELECT next_value FROM id_block WHERE name = ?1")
                .setParameter(1, name)
                .getSingleResult())
        .longValue();
  }
}
