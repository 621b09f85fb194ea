package kb.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.util.List;
import kb.accounts.Privilege;
import kb.accounts.Privileges;
import kb.forum.ThreadViews;
import kb.forum.Threads;
import kb.reputation.Badges;
import kb.reputation.Leaderboard;
import kb.reputation.Member;
import kb.reputation.Members;

/**
 * A member's public profile: reputation and its history as a chart, badges, top questions and
 * answers, and which privileges they hold or are working toward.
 */
@Named
@RequestScoped
public class UserView {

  @Inject Members members;
  @Inject Badges badges;
  @Inject Leaderboard leaderboard;
  @Inject Privileges privileges;
  @Inject Threads threads;

  private String name;
  private Member member;
  private List<Badges.Earned> earned;
  private List<Leaderboard.Day> history;

  public void load() throws IOException {
    member = name == null ? null : members.find(name).orElse(null);
    if (member == null) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    earned = badges.of(member.id());
    history = leaderboard.history(member.id());
  }

  /** The Chart.js configuration of the reputation chart (PrimeFaces p:chart). */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (Leaderboard.Day d : history) {
      labels.add(d.day().toString());
      values.add(d.reputation());
    }
    return kb.web.Charts.of(
        "line",
        labels,
        Json.createObjectBuilder()
            .add("label", member.username())
            .add("data", values)
            .add("fill", false)
            .add("stepped", true)
            .add("borderColor", "#2563eb"));
  }

  public List<ThreadViews.Summary> getQuestions() {
    return threads.byAuthor(member.id(), 5);
  }

  public List<ThreadViews.Summary> getAnswers() {
    return threads.answeredBy(member.id(), 5);
  }

  public List<Privilege> getPrivileges() {
    return List.of(Privilege.values());
  }

  public boolean holds(Privilege p) {
    return member.may(p, privileges);
  }

  public int threshold(Privilege p) {
    return privileges.threshold(p);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Member getMember() {
    return member;
  }

  public List<Badges.Earned> getEarned() {
    return earned;
  }

  public List<Leaderboard.Day> getHistory() {
    return history;
  }
}
