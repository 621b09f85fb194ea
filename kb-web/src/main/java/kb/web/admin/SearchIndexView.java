package kb.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kb.search.Reindex;
import kb.search.SearchIndex;
import kb.web.shared.CurrentActor;

/** The admin page that rebuilds the search index and shows its progress while it runs. */
@Named
@RequestScoped
public class SearchIndexView {

  @Inject Reindex reindex;
  @Inject CurrentActor actor;
  @Inject SearchIndex index;

  private boolean refused;

  public void start() {
    refused = !reindex.start(actor.get());
  }

  public Reindex.State getState() {
    return reindex.state();
  }

  /** The progress bar's value; PrimeFaces polls it while the bar is active. */
  public int getPercent() {
    return reindex.state().percent();
  }

  public long getDocuments() {
    return index.isOpen() ? index.count() : 0;
  }

  public boolean isRefused() {
    return refused;
  }
}
