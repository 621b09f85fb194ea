package kb.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import kb.accounts.AccountService;
import kb.accounts.AccountView;
import kb.accounts.Role;
import kb.shared.validation.InvalidInput;
import kb.web.FormErrors;

/** The administrator's list of accounts, with a switch per role to grant or revoke it. */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE = 50;

  @Inject transient AccountService accounts;
  @Inject transient SecurityContext security;

  private String query = "";
  private List<AccountView> results;
  private String changed;
  private final FormErrors errors = new FormErrors();

  @PostConstruct
  void init() {
    search();
  }

  public void search() {
    results = accounts.search(query, 0, PAGE);
  }

  public void toggle(String username, Role role) {
    errors.clear();
    changed = null;
    String actor = security.getCallerPrincipal().getName();
    AccountView account = accounts.find(username).orElseThrow();
    try {
      if (account.hasRole(role)) {
        accounts.revoke(actor, username, role);
      } else {
        accounts.grant(actor, username, role);
      }
      changed = username;
    } catch (InvalidInput e) {
      errors.add(e);
    }
    search();
  }

  public List<Role> getGrantableRoles() {
    return List.of(Role.EDITOR, Role.AGENT, Role.MODERATOR, Role.ADMIN);
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query == null ? "" : query;
  }

  public List<AccountView> getResults() {
    return results;
  }

  public String getChanged() {
    return changed;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
