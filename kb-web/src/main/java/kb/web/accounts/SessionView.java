package kb.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import kb.accounts.AccountService;

/** Signs the visitor out (a POST from the top bar, so no other site can trigger it). */
@Named
@RequestScoped
public class SessionView {

  @Inject AccountService accounts;

  /** Ends every session of the member, on every device and node, this one included. */
  public void logoutEverywhere() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getRemoteUser() != null) {
      accounts.signOutEverywhere(request.getRemoteUser());
    }
    request.logout();
    external.invalidateSession();
    external.redirect(request.getContextPath() + "/login.xhtml?ended=everywhere");
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    external.redirect(request.getContextPath() + "/?signedOut=true");
  }
}
