package kb.accounts;

/** What an account may do on the site (DESIGN §2). Every account is a MEMBER. */
public enum Role {
  MEMBER,
  EDITOR,
  AGENT,
  MODERATOR,
  ADMIN;

  /** Roles that open the staff pages. */
  public boolean isStaff() {
    return this != MEMBER;
  }
}
