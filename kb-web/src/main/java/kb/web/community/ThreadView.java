package kb.web.community;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kb.forum.CloseReason;
import kb.forum.FlagReason;
import kb.forum.Following;
import kb.forum.Moderation;
import kb.forum.Posting;
import kb.forum.ThreadViews;
import kb.forum.Threads;
import kb.forum.Voting;
import kb.search.SearchHit;
import kb.search.SearchService;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;
import kb.web.Actions;
import kb.web.FormErrors;
import kb.web.shared.ClientAddress;
import kb.web.shared.CurrentActor;

/**
 * One thread and everything a reader does there: vote, accept, answer, comment, flag, follow, and
 * (with the privileges) close, reopen, lock and delete. A refused action shows its reason beside
 * the thread and keeps what the member typed.
 */
@Named
@ViewScoped
public class ThreadView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Threads threads;
  @Inject transient Posting posting;
  @Inject transient Voting voting;
  @Inject transient Moderation moderation;
  @Inject transient Following following;
  @Inject transient Viewer viewer;
  @Inject transient CurrentActor actor;
  @Inject transient kb.tickets.Tickets tickets;
  @Inject transient kb.tickets.TicketQueries ticketQueries;
  @Inject transient kb.tickets.KnowledgeCapture capture;
  @Inject transient SearchService search;

  /** How many possible duplicates the close form offers. */
  static final int DUPLICATES = 5;

  private long id;
  private ThreadViews.Thread thread;
  private Map<Long, Integer> myVotes = Map.of();
  private boolean follows;
  private String answer = "";
  private boolean official;
  private final Map<Long, String> comments = new HashMap<>();
  private final Map<Long, String> flagReasons = new HashMap<>();
  private final Map<Long, String> flagDetails = new HashMap<>();
  private String closeReason = "DUPLICATE";
  private String duplicateOf = "";
  private transient List<SearchHit> duplicateCandidates;
  private String notice;
  private kb.tickets.TicketViews.Banner ticket;
  private String escalateReason = "";
  private final FormErrors errors = new FormErrors();
  private TreeSet<String> actions = new TreeSet<>();

  /** First load (GET): 404 for a missing or hidden thread; counts the view. */
  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      reload();
      if (!isBot() && !mine(thread.question().author())) {
        posting.viewed(id);
      }
    } catch (NotFound e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  private void reload() {
    Long me = viewer.getId();
    thread = threads.thread(id, actor.get());
    ticket = ticketQueries.banner(id);
    actions = new TreeSet<>(thread.actions());
    actions.addAll(tickets.threadActions(actor.get(), id));
    if (me != null) {
      List<Long> ids = new ArrayList<>();
      ids.add(thread.id());
      thread.answers().forEach(a -> ids.add(a.id()));
      myVotes = new HashMap<>(voting.votesOf(me, ids));
      follows = following.follows(me, id);
    }
  }

  public void vote(long postId, int value) {
    int current = myVotes.getOrDefault(postId, 0);
    act(() -> voting.vote(viewer.getMember().username(), postId, current == value ? 0 : value));
  }

  public void accept(long answerId) {
    act(() -> voting.accept(viewer.getMember().username(), id, answerId, clientAddress()));
  }

  private static String clientAddress() {
    return ClientAddress.remote(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  public void unaccept() {
    act(() -> voting.unaccept(viewer.getMember().username(), id));
  }

  public void postAnswer() {
    if (act(
        () ->
            posting.answer(viewer.getMember().username(), id, answer, official, clientAddress()))) {
      answer = "";
      official = false;
      notice = "forum.answer.posted";
    }
  }

  public void comment(long postId) {
    String text = comments.getOrDefault(postId, "");
    if (act(() -> posting.comment(viewer.getMember().username(), postId, text))) {
      comments.remove(postId);
    }
  }

  public void flag(long postId) {
    FlagReason reason;
    try {
      reason = FlagReason.valueOf(flagReasons.getOrDefault(postId, "SPAM"));
    } catch (IllegalArgumentException e) {
      reason = FlagReason.OTHER;
    }
    FlagReason chosen = reason;
    if (act(
        () ->
            moderation.flag(
                viewer.getMember().username(), postId, chosen, flagDetails.get(postId)))) {
      notice = "forum.flag.thanks";
    }
  }

  public void follow(boolean on) {
    act(
        () -> {
          if (on) {
            following.follow(viewer.getMember().username(), id);
          } else {
            following.unfollow(viewer.getMember().username(), id);
          }
        });
  }

  public void close() {
    act(
        () ->
            moderation.close(
                viewer.getMember().username(), id, CloseReason.valueOf(closeReason), duplicateOf));
  }

  /** "I still need help" (the asker) or an agent's or moderator's escalation. */
  public void escalate() {
    HttpServletRequest r =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String visitor =
        kb.web.articles.FeedbackServlet.visitor(
            r,
            (jakarta.servlet.http.HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse());
    if (act(() -> tickets.escalate(viewer.getMember().username(), id, escalateReason, visitor))) {
      escalateReason = "";
      notice = "ticket.escalated";
    }
  }

  /**
   * Whether the viewer may take a thread action ({@code ANSWER}, {@code CLOSE}, {@code ESCALATE}
   * …): what the server computed with the thread, never a rule of its own.
   */
  public boolean can(String action) {
    return actions.contains(action);
  }

  /** Whether the viewer may take {@code action} ({@code EDIT}, {@code ACCEPT} …) on a post. */
  public boolean can(ThreadViews.PostView post, String action) {
    return post.actions().contains(action);
  }

  public kb.tickets.TicketViews.Banner getTicket() {
    return ticket;
  }

  public String getEscalateReason() {
    return escalateReason;
  }

  public void setEscalateReason(String escalateReason) {
    this.escalateReason = escalateReason;
  }

  /** Staff turn the accepted answer into a KB draft for editors to finish. */
  public void draft() {
    if (act(() -> capture.fromAcceptedAnswer(viewer.getMember().username(), id))) {
      notice = "capture.created";
    }
  }

  public void reopen() {
    act(() -> moderation.reopen(viewer.getMember().username(), id));
  }

  public void lock(boolean locked) {
    act(() -> moderation.lock(viewer.getMember().username(), id, locked));
  }

  public void delete(long postId) throws IOException {
    boolean question = postId == id;
    if (act(() -> posting.delete(viewer.getMember().username(), postId))
        && question
        && !viewer.isModerator()) {
      HttpServletRequest r =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(r.getContextPath() + "/questions");
    }
  }

  /** Runs an action; on a refusal records the message and keeps the page's input. */
  /** Inputs this page shows their own errors beside; other refusals go above the thread. */
  private static final java.util.Set<String> FIELDS =
      java.util.Set.of("markdown", "reason", "duplicateOf");

  private boolean act(Runnable action) {
    errors.clear();
    notice = null;
    if (!viewer.isSignedIn()) {
      errors.add("form", "forum.signInFirst");
      return false;
    }
    if (Actions.attempt(errors, action, FIELDS)) {
      return done();
    }
    try {
      reload();
    } catch (NotFound gone) {
      // the thread vanished meanwhile; the message says why
    }
    return false;
  }

  /** After a successful action: show the thread again, or the list when it is gone. */
  private boolean done() {
    try {
      reload();
    } catch (NotFound gone) {
      try {
        HttpServletRequest r =
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .redirect(r.getContextPath() + "/questions");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return true;
  }

  private static boolean isBot() {
    HttpServletRequest r =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return kb.search.Searcher.isBot(r.getHeader("User-Agent"));
  }

  public int myVote(long postId) {
    return myVotes.getOrDefault(postId, 0);
  }

  public boolean isAsker() {
    return viewer.isSignedIn()
        && thread != null
        && thread.question().author().equals(viewer.getMember().username());
  }

  public boolean mine(String author) {
    return viewer.isSignedIn() && author.equals(viewer.getMember().username());
  }

  public boolean isOpen() {
    return thread != null
        && !thread.closed()
        && !thread.locked()
        && !"DELETED".equals(thread.status());
  }

  public List<String> getFlagReasonNames() {
    return java.util.Arrays.stream(FlagReason.values()).map(Enum::name).toList();
  }

  public List<String> getCloseReasonNames() {
    return java.util.Arrays.stream(CloseReason.values()).map(Enum::name).toList();
  }

  public String getId() {
    return String.valueOf(id);
  }

  /** Taken as text, so that a malformed id is a 404 rather than a skipped view action. */
  public void setId(String id) {
    this.id = id != null && id.matches("\\d{1,18}") ? Long.parseLong(id) : -1;
  }

  public ThreadViews.Thread getThread() {
    return thread;
  }

  public boolean isFollows() {
    return follows;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public boolean isOfficial() {
    return official;
  }

  public void setOfficial(boolean official) {
    this.official = official;
  }

  public Map<Long, String> getComments() {
    return comments;
  }

  public Map<Long, String> getFlagReasons() {
    return flagReasons;
  }

  public Map<Long, String> getFlagDetails() {
    return flagDetails;
  }

  public String getCloseReason() {
    return closeReason;
  }

  public void setCloseReason(String closeReason) {
    this.closeReason = closeReason;
  }

  /**
   * What may already ask or answer this thread, for whoever closes it as a duplicate: the thread's
   * title searched like a customer's question (by meaning in English, by words elsewhere), the
   * thread itself left out.
   */
  public List<SearchHit> getDuplicateCandidates() {
    if (duplicateCandidates == null) {
      try {
        duplicateCandidates =
            search.search(thread.title(), thread.locale(), DUPLICATES + 1).hits().stream()
                .filter(h -> !h.url().equals(thread.url()))
                .limit(DUPLICATES)
                .toList();
      } catch (InvalidInput e) {
        duplicateCandidates = List.of();
      }
    }
    return duplicateCandidates;
  }

  public String getDuplicateOf() {
    return duplicateOf;
  }

  public void setDuplicateOf(String duplicateOf) {
    this.duplicateOf = duplicateOf;
  }

  public String getNotice() {
    return notice;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
