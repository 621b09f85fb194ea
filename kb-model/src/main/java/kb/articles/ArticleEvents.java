package kb.articles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import kb.shared.markdown.PlainText;

/** Announces changed articles to the rest of the application (search, later the gap report). */
@ApplicationScoped
public class ArticleEvents {

  @Inject Event<ArticlesChanged> changed;

  void changed(Article article) {
    changed(List.of(article));
  }

  void changed(Collection<Article> articles) {
    if (articles.isEmpty()) {
      return;
    }
    changed.fire(new ArticlesChanged(articles.stream().map(ArticleEvents::snapshot).toList()));
  }

  static ArticlesChanged.Snapshot snapshot(Article article) {
    return new ArticlesChanged.Snapshot(
        article.slug(),
        article.category() == null ? null : article.category().id(),
        article.translations().stream()
            .filter(t -> t.status() == Status.PUBLISHED)
            .map(
                t ->
                    new ArticlesChanged.Text(
                        t.locale(), t.title(), PlainText.of(t.html()), t.tagList()))
            .toList());
  }
}
