package kb.web.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import kb.accounts.Action;
import kb.accounts.Role;
import kb.search.Searcher;
import kb.web.articles.FeedbackServlet;

/** Describes the person behind a request for the search log. */
public final class Searchers {

  private Searchers() {}

  public static Searcher of(HttpServletRequest request, HttpServletResponse response) {
    String visitor = FeedbackServlet.visitor(request, response);
    String username =
        request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    String role = username == null ? "ANONYMOUS" : Role.MEMBER.name();
    boolean staff = false;
    for (Role r : username == null ? Set.<Role>of() : Action.STAFF_PAGES.roles()) {
      if (request.isUserInRole(r.name())) {
        role = r.name();
        staff = true;
        break;
      }
    }
    return new Searcher(
        visitor, username, role, staff, Searcher.isBot(request.getHeader("User-Agent")));
  }
}
