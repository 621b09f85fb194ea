package kb.accounts;

import java.util.EnumSet;
import java.util.Set;

/**
 * Everything on the site that not every visitor may do, and who may: by role (staff work) or by
 * reputation (the community's privileges, which moderators and administrators always hold). This
 * table is the one place that says it; {@link Access} applies it, views and endpoints only ask.
 *
 * <p>What depends on the object as well (an asker accepting on their own thread, an editor
 * capturing a ticket an agent marked) is decided by the feature that owns the object, on top of
 * these: see {@code kb.forum.ThreadActions} and {@code kb.tickets.KnowledgeCapture}.
 */
public enum Action {
  /** Ask, answer and follow: any signed-in member. */
  PARTICIPATE("access.signIn", Set.of(Role.values())),
  VOTE_UP(Privilege.VOTE_UP),
  FLAG(Privilege.FLAG),
  COMMENT(Privilege.COMMENT),
  VOTE_DOWN(Privilege.VOTE_DOWN),
  EDIT_OTHERS(Privilege.EDIT_OTHERS),
  CLOSE(Privilege.CLOSE),
  MODERATE(Privilege.MODERATE),
  /** Escalate anyone's thread to support (askers escalate their own). */
  ESCALATE_ANY("access.ESCALATE_ANY", Role.AGENT, Role.MODERATOR, Role.ADMIN),
  /** Work the ticket queue: read tickets, reply, assign, post official answers. */
  WORK_TICKETS("access.WORK_TICKETS", Role.AGENT, Role.ADMIN),
  /** Turn a solved ticket into an article draft. */
  CAPTURE_TICKETS("access.CAPTURE_TICKETS", Role.AGENT, Role.ADMIN),
  /** Turn an accepted answer into an article draft. */
  WRITE_DRAFTS("access.WRITE_DRAFTS", Role.EDITOR, Role.AGENT, Role.ADMIN),
  /** Write, publish, archive, pin and restore articles; the editorial workspace. */
  EDIT_ARTICLES("access.EDIT_ARTICLES", Role.EDITOR, Role.ADMIN),
  /** The article-gap report and its work. */
  WORK_GAPS("access.WORK_GAPS", Role.EDITOR, Role.ADMIN),
  /** Search synonyms. */
  EDIT_SYNONYMS("access.EDIT_SYNONYMS", Role.EDITOR, Role.ADMIN),
  /** Support analytics, deflection and staffing figures. */
  READ_ANALYTICS("access.READ_ANALYTICS", Role.EDITOR, Role.AGENT, Role.ADMIN),
  /** The staff pages' entry. */
  STAFF_PAGES("access.STAFF_PAGES", Role.EDITOR, Role.AGENT, Role.MODERATOR, Role.ADMIN),
  /** Roles, escalation rules and SLAs, re-indexing, the search log, reputation adjustments. */
  ADMINISTER("access.ADMINISTER", Role.ADMIN);

  private final String refusal;
  private final Set<Role> roles;
  private final Privilege privilege;

  Action(String refusal, Role... roles) {
    this(refusal, Set.of(roles));
  }

  Action(String refusal, Set<Role> roles) {
    this.refusal = refusal;
    this.roles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    this.privilege = null;
  }

  Action(Privilege privilege) {
    this.refusal = "privilege.missing." + privilege.name();
    this.roles = EnumSet.of(Role.MODERATOR, Role.ADMIN);
    this.privilege = privilege;
  }

  /** The message key of the refusal. */
  public String refusal() {
    return refusal;
  }

  /** The roles that hold it whatever their reputation. */
  public Set<Role> roles() {
    return roles;
  }

  /** The privilege that unlocks it by reputation, or null when only roles do. */
  public Privilege privilege() {
    return privilege;
  }
}
