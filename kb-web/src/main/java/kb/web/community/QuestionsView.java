package kb.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import kb.forum.ThreadViews;
import kb.forum.Threads;
import kb.shared.i18n.Locales;

/**
 * The question list: one page at a time from the database (newest, votes, unanswered or active),
 * narrowed by tag and language, with plain links for paging so every page has its own URL.
 */
@Named
@RequestScoped
public class QuestionsView {

  static final int SIZE = 20;

  @Inject Threads threads;

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
    String lang = locale == null || locale.isBlank() ? null : Locales.match(locale).orElse(null);
    locale = lang;
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
