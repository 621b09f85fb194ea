package kb.web.editor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import kb.articles.EditorialService;
import kb.articles.Views.DiffLine;
import kb.articles.Views.RevisionView;
import kb.web.shared.CurrentActor;

/** Revision history of a translation: compare any two revisions, restore any one. */
@Named
@ViewScoped
public class HistoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient EditorialService editorial;
  @Inject transient CurrentActor actor;
  @Inject transient SecurityContext security;

  private String slug;
  private String locale;
  private List<RevisionView> revisions;
  private int from;
  private int to;
  private List<DiffLine> diff;
  private Integer restored;

  public void load() {
    revisions = editorial.history(actor.get(), slug, locale);
    if (revisions.size() >= 2 && from == 0) {
      to = revisions.get(0).number();
      from = revisions.get(1).number();
      compare();
    }
  }

  public void compare() {
    diff = editorial.diff(actor.get(), slug, locale, from, to);
  }

  public void restore(int number) {
    editorial.restore(actor.get(), slug, locale, number);
    restored = number;
    revisions = editorial.history(actor.get(), slug, locale);
    to = revisions.get(0).number();
    from = number;
    compare();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public List<RevisionView> getRevisions() {
    return revisions;
  }

  public int getFrom() {
    return from;
  }

  public void setFrom(int from) {
    this.from = from;
  }

  public int getTo() {
    return to;
  }

  public void setTo(int to) {
    this.to = to;
  }

  public List<DiffLine> getDiff() {
    return diff;
  }

  public Integer getRestored() {
    return restored;
  }
}
