package kb.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import kb.reputation.Leaderboard;

/** The leaderboard page: reputation gained this week, this month, or in total. */
@Named
@RequestScoped
public class LeaderboardView {

  @Inject Leaderboard leaderboard;

  private String period = "week";
  private List<Leaderboard.Row> rows;

  public void load() {
    Leaderboard.Period p;
    try {
      p = Leaderboard.Period.valueOf(period.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      p = Leaderboard.Period.WEEK;
      period = "week";
    }
    rows = leaderboard.top(p, 50);
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public List<Leaderboard.Row> getRows() {
    return rows;
  }
}
