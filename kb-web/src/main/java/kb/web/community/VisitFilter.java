package kb.web.community;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import kb.reputation.Badges;
import kb.reputation.Members;

/**
 * Records one visit per signed-in member and day, for the streak badges. The day already recorded
 * is remembered in the session, so the database hears of a member once a day at most.
 */
@WebFilter(
    filterName = "visits",
    urlPatterns = "*.xhtml",
    dispatcherTypes = {
      jakarta.servlet.DispatcherType.REQUEST,
      jakarta.servlet.DispatcherType.FORWARD
    })
public class VisitFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(VisitFilter.class.getName());
  static final String DAY = "kb.visit.day";

  @Inject Badges badges;
  @Inject Members members;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null) {
      HttpSession session = request.getSession(false);
      String today = LocalDate.now(ZoneOffset.UTC).toString();
      if (session != null && !today.equals(session.getAttribute(DAY))) {
        try {
          members.find(request.getUserPrincipal().getName()).ifPresent(m -> badges.visited(m.id()));
          session.setAttribute(DAY, today);
        } catch (RuntimeException e) {
          LOG.log(Level.FINE, "visit not recorded", e);
        }
      }
    }
    chain.doFilter(request, response);
  }
}
