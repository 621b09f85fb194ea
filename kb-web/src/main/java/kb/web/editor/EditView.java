package kb.web.editor;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kb.accounts.Actor;
import kb.articles.ArticleInput;
import kb.articles.ArticleService;
import kb.articles.Status;
import kb.articles.Views.ArticlePage;
import kb.articles.Views.CategoryView;
import kb.gaps.Gap;
import kb.gaps.GapService;
import kb.gaps.GapViews;
import kb.shared.i18n.Locales;
import kb.shared.markdown.Audience;
import kb.shared.markdown.MarkdownRenderer;
import kb.shared.validation.Conflict;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;
import kb.web.FormErrors;
import kb.web.shared.CurrentActor;

/**
 * The Markdown editor: loads a translation (or starts a new article or translation), shows a live
 * preview rendered exactly as the saved page will be, and saves with the workflow buttons. A save
 * against a version someone else changed is refused and the editor's text stays.
 */
@Named
@ViewScoped
public class EditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ArticleService articles;
  @Inject CurrentActor actor;
  @Inject transient SecurityContext security;
  @Inject transient GapService gaps;

  private String slug;
  private String locale = Locales.DEFAULT;
  private boolean creating;
  private String title;
  private String markdown;
  private String category;
  private String tags;
  private Status status;
  private Long version;
  private String savedMessage;
  private boolean conflict;
  private final FormErrors errors = new FormErrors();

  /** The gap this new article answers ("Write the article" in the gap report), if any. */
  private Long gap;

  private List<GapViews.SampleQuery> hints = List.of();

  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (!Locales.isSupported(locale)) {
      locale = Locales.DEFAULT;
    }
    if (slug == null || slug.isBlank()) {
      creating = true;
      status = Status.DRAFT;
      if (gap != null) {
        startFromGap();
      }
      return;
    }
    try {
      fill(articles.forEditing(actor.get(), slug, locale));
    } catch (NotFound e) {
      // A new translation of an existing article starts from the English text, if any.
      articles.forEditing(actor.get(), slug, Locales.DEFAULT);
      markdown = articles.sourceMarkdown(slug).orElse("");
      status = Status.DRAFT;
      version = null;
    }
  }

  /** A new article for a gap: its label as title, in its language, its searches as hints. */
  private void startFromGap() {
    try {
      Gap g = gaps.find(gap);
      title = g.label();
      locale = g.locale();
      hints = gaps.samples(actor.get(), gap);
    } catch (NotFound e) {
      gap = null;
    }
  }

  private void fill(ArticlePage p) {
    title = p.title();
    markdown = p.markdown();
    category = p.categoryId();
    tags = String.join(", ", p.tags());
    status = p.status();
    version = p.version();
  }

  public void save() {
    store(null);
  }

  public void saveAs(String target) {
    store(Status.valueOf(target));
  }

  private void store(Status target) {
    errors.clear();
    savedMessage = null;
    conflict = false;
    Actor editor = actor.get();
    try {
      ArticleInput input =
          new ArticleInput(slug, locale, title, markdown, category, tagSet(), target, version);
      ArticlePage saved =
          creating ? articles.create(input, editor) : articles.save(slug, locale, input, editor);
      if (creating && gap != null) {
        gaps.planned(editor, gap, saved.slug());
      }
      creating = false;
      slug = saved.slug();
      status = saved.status();
      version = saved.version();
      savedMessage = "editor.saved." + status.name();
    } catch (InvalidInput e) {
      errors.add(e);
    } catch (Conflict e) {
      conflict = true;
      errors.add("form", e.messageKey());
    }
  }

  /** Replaces the form with the latest saved text, after a conflict the editor chose to drop. */
  public void reloadLatest() {
    fill(articles.forEditing(actor.get(), slug, locale));
    conflict = false;
    errors.clear();
  }

  public String getPreview() {
    return MarkdownRenderer.render(markdown, Audience.EDITOR).html();
  }

  private Set<String> tagSet() {
    if (tags == null || tags.isBlank()) {
      return Set.of();
    }
    return new LinkedHashSet<>(Arrays.asList(tags.split("\\s*,\\s*")));
  }

  public List<CategoryView> getCategories() {
    return articles.categories(locale);
  }

  public List<String> getLocales() {
    return Locales.SUPPORTED;
  }

  public Long getGap() {
    return gap;
  }

  public void setGap(Long gap) {
    this.gap = gap;
  }

  public List<GapViews.SampleQuery> getHints() {
    return hints;
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

  public boolean isCreating() {
    return creating;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getMarkdown() {
    return markdown;
  }

  public void setMarkdown(String markdown) {
    this.markdown = markdown;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public Status getStatus() {
    return status;
  }

  public Long getVersion() {
    return version;
  }

  public String getSavedMessage() {
    return savedMessage;
  }

  public boolean isConflict() {
    return conflict;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
