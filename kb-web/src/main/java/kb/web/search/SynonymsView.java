package kb.web.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import kb.search.SynonymGroup;
import kb.search.SynonymService;
import kb.shared.i18n.Locales;
import kb.shared.validation.Conflict;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;
import kb.web.FormErrors;
import kb.web.shared.CurrentActor;

/**
 * The editors' synonym list for one language: add, change and delete groups. Each row keeps the
 * version it was loaded with, so a change made meanwhile by someone else is refused, not lost.
 */
@Named
@ViewScoped
public class SynonymsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One editable row: what the editor typed, and the version it started from. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final long version;
    private String terms;

    Row(SynonymGroup g) {
      this.id = g.id();
      this.version = g.version();
      this.terms = String.join(", ", g.terms());
    }

    public long getId() {
      return id;
    }

    public String getTerms() {
      return terms;
    }

    public void setTerms(String terms) {
      this.terms = terms;
    }
  }

  @Inject SynonymService synonyms;
  @Inject CurrentActor actor;
  @Inject SecurityContext security;

  private String locale = Locales.DEFAULT;
  private List<Row> rows = new ArrayList<>();
  private String newTerms;
  private String message;
  private final FormErrors errors = new FormErrors();

  public void load() {
    if (!Locales.isSupported(locale)) {
      locale = Locales.DEFAULT;
    }
    rows = new ArrayList<>(synonyms.list(locale).stream().map(Row::new).toList());
  }

  public void add() {
    errors.clear();
    message = null;
    try {
      synonyms.create(actor.get(), locale, newTerms);
      newTerms = null;
      message = "synonym.added";
      load();
    } catch (InvalidInput e) {
      errors.add("new", e.messageKey(), e.arguments().toArray());
    }
  }

  public void save(Row row) {
    errors.clear();
    message = null;
    try {
      synonyms.update(actor.get(), row.id, row.terms, row.version);
      message = "synonym.saved";
      load();
    } catch (InvalidInput e) {
      errors.add("row" + row.id, e.messageKey(), e.arguments().toArray());
    } catch (Conflict e) {
      errors.add("row" + row.id, e.messageKey());
    } catch (NotFound e) {
      errors.add("row" + row.id, e.messageKey());
    }
  }

  public void delete(Row row) {
    errors.clear();
    message = null;
    try {
      synonyms.delete(actor.get(), row.id, row.version);
      message = "synonym.deleted";
      load();
    } catch (Conflict e) {
      errors.add("row" + row.id, e.messageKey());
    } catch (NotFound e) {
      errors.add("row" + row.id, e.messageKey());
    }
  }

  public List<String> getLocales() {
    return Locales.SUPPORTED;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getNewTerms() {
    return newTerms;
  }

  public void setNewTerms(String newTerms) {
    this.newTerms = newTerms;
  }

  public String getMessage() {
    return message;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
