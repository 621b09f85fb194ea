package kb.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kb.accounts.AuditEvent;
import kb.accounts.AuditKind;
import kb.accounts.AuditLog;
import kb.web.shared.CurrentActor;

/** The administrators' security audit log, filtered by kind and account through GET parameters. */
@Named
@RequestScoped
public class AuditView {

  static final int PAGE_SIZE = 50;

  @Inject AuditLog log;
  @Inject CurrentActor actor;

  private String kind;
  private String user;
  private int page = 1;
  private List<AuditEvent.View> rows;

  public void load() {
    AuditKind k = null;
    for (AuditKind candidate : AuditKind.values()) {
      if (candidate.name().equals(kind)) {
        k = candidate;
      }
    }
    kind = k == null ? null : k.name();
    page = Math.max(1, Math.min(page, 10_000));
    String u = user == null || user.isBlank() ? null : user.strip();
    // one row more than shown tells whether a next page exists
    rows = log.page(actor.get(), k, u, page, PAGE_SIZE + 1);
  }

  public List<AuditEvent.View> getRows() {
    return rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows;
  }

  public boolean isMore() {
    return rows.size() > PAGE_SIZE;
  }

  public List<AuditKind> getKinds() {
    return List.of(AuditKind.values());
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
