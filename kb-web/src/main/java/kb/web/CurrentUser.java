package kb.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import kb.accounts.Role;

/** Who is looking at the page, for templates that show or hide links by role. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getUsername() {
    Principal p = security.getCallerPrincipal();
    return p == null ? null : p.getName();
  }

  public boolean has(String role) {
    return security.isCallerInRole(role);
  }

  public boolean isStaff() {
    for (Role role : Role.values()) {
      if (role.isStaff() && security.isCallerInRole(role.name())) {
        return true;
      }
    }
    return false;
  }

  public boolean isAdmin() {
    return security.isCallerInRole(Role.ADMIN.name());
  }
}
