package kb.reputation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kb.accounts.Role;
import kb.shared.validation.NotFound;

/**
 * Reads members by username: the account's id, name, roles and reputation in two small queries. The
 * community identifies people by account id; names are only for showing.
 */
@ApplicationScoped
@jakarta.transaction.Transactional
public class Members {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public Member require(String username) {
    return find(username).orElseThrow(() -> new NotFound("user.notFound"));
  }

  public Optional<Member> find(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, username, display_name, reputation, created_at FROM account"
                    + " WHERE username_key = ?1")
            .setParameter(1, username.strip().toLowerCase(Locale.ROOT))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = rows.get(0);
    long id = ((Number) r[0]).longValue();
    return Optional.of(
        new Member(
            id,
            (String) r[1],
            (String) r[2],
            ((Number) r[3]).intValue(),
            roles(id),
            Sql.time(r[4])));
  }

  public int reputation(long accountId) {
    Object v =
        em.createNativeQuery("SELECT reputation FROM account WHERE id = ?1")
            .setParameter(1, accountId)
            .getSingleResult();
    return ((Number) v).intValue();
  }

  private Set<Role> roles(long id) {
    @SuppressWarnings("unchecked")
    List<Object> names =
        em.createNativeQuery("SELECT role FROM account_role WHERE account_id = ?1")
            .setParameter(1, id)
            .getResultList();
    Set<Role> roles = EnumSet.of(Role.MEMBER);
    for (Object n : names) {
      roles.add(Role.valueOf(String.valueOf(n)));
    }
    return roles;
  }
}
