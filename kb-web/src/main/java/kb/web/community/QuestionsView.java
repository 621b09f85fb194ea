package kb.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import kb.forum.ThreadViews;
import kb.forum.Threads;
import kb.shared.i18n.Locales;
import kb.web.i18n.UserLocale;

/**
 * The question list: one page at a time from the database (newest, votes, unanswered or active),
 * narrowed by tag and language (the reader's own unless they choose another or all), with plain
 * links for paging so every page has its own URL.
 */
@Named
@RequestScoped
public class QuestionsView {

  static final int SIZE = 20;

  /** The {@code locale} parameter's value for threads in every language. */
  public static final String ALL = "all";

  @Inject Threads threads;
  @Inject UserLocale userLocale;

  private String sort = "active";
  private String tag;
  private String locale;
  private int page = 1;
  private ThreadViews.Page result;
  private List<ThreadViews.TagCount> tags;

  public void load() {
    ThreadViews.Sort order;
    try {
      order = ThreadViews.Sort.valueOf(sort == null ? "ACTIVE" : sort.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      order = ThreadViews.Sort.ACTIVE;
      sort = "active";
    }
    String lang;
    if (ALL.equals(locale)) {
      lang = null;
    } else {
      // the reader's own language unless they chose another, or all of them
      lang =
          locale == null || locale.isBlank()
              ? userLocale.getLanguage()
              : Locales.match(locale).orElse(userLocale.getLanguage());
      locale = lang;
    }
    String t = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
    tag = t;
    result = threads.list(order, t, lang, Math.max(1, page), SIZE);
    tags = threads.tags(lang, 30);
  }

  public ThreadViews.Page getResult() {
    if (result == null) {
      // a malformed parameter skipped the view action: show the first page
      page = 1;
      load();
    }
    return result;
  }

  public List<ThreadViews.TagCount> getTags() {
    getResult();
    return tags;
  }

  public int getPages() {
    return (int) Math.max(1, (getResult().total() + SIZE - 1) / SIZE);
  }

  /** The query string for a page of this list, keeping sort, tag and language. */
  public String link(int toPage, String toSort) {
    StringBuilder q = new StringBuilder("?sort=").append(toSort == null ? sort : toSort);
    if (tag != null) {
      q.append("&tag=")
          .append(java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8));
    }
    if (locale != null) {
      q.append("&locale=").append(locale);
    }
    if (toPage > 1) {
      q.append("&page=").append(toPage);
    }
    return q.toString();
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
