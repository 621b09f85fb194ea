package kb.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.reputation.Member;
import kb.shared.config.KbConfig;
import kb.shared.validation.InvalidInput;

/**
 * The community's spam limits, all configurable: posts per hour per account, links in posts by new
 * members, and a watched-words list. A post with a watched word is not refused — it is held hidden
 * for a moderator, so a false alarm costs a short wait rather than the member's text.
 */
@ApplicationScoped
public class SpamGuard {

  static final List<String> DEFAULT_WATCHED =
      List.of("casino", "viagra", "crypto giveaway", "whatsapp me", "loan offer", "escort");

  /** Any scheme's URL, a bare www. address, or a scheme-relative {@code //host.tld} link. */
  private static final Pattern LINK =
      Pattern.compile("(?i)(\\b[a-z][a-z0-9+.-]*://|\\bwww\\.|(?<![:/\\w])//[\\w-]+\\.[\\w.-]+)");

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  private final int postsPerHour;
  private final int newMemberReputation;
  private final int newMemberLinks;
  private final List<Pattern> watched;

  public SpamGuard() {
    KbConfig config = KbConfig.current();
    postsPerHour = config.integer("kb.forum.posts-per-hour", 10);
    newMemberReputation = config.integer("kb.forum.new-member-reputation", 10);
    newMemberLinks = config.integer("kb.forum.new-member-links", 1);
    watched =
        config.list("kb.forum.watched-words", DEFAULT_WATCHED).stream()
            .map(w -> Pattern.compile("\\b" + Pattern.quote(w.toLowerCase(Locale.ROOT)) + "\\b"))
            .toList();
  }

  /** Refuses a post the member may not make now: too many this hour, or too many links. */
  public void check(Member author, String text, OffsetDateTime now) {
    if (author.moderates()) {
      return;
    }
    long lastHour =
        ((Number)
                em.createNativeQuery(
                        "SELECT (SELECT COUNT(*) FROM post WHERE author_id = ?1 AND created_at > ?2)"
                            + " + (SELECT COUNT(*) FROM post_comment WHERE author_id = ?1"
                            + " AND created_at > ?2)")
                    .setParameter(1, author.id())
                    .setParameter(2, now.minusHours(1))
                    .getSingleResult())
            .longValue();
    if (lastHour >= postsPerHour) {
      throw new InvalidInput("markdown", "forum.spam.rate", postsPerHour);
    }
    checkLinks(author, text);
  }

  /** Refuses text with more links than a member below the new-member reputation may post. */
  public void checkLinks(Member author, String text) {
    if (author.moderates()) {
      return;
    }
    if (author.reputation() < newMemberReputation && links(text) > newMemberLinks) {
      throw new InvalidInput("markdown", "forum.spam.links", newMemberLinks, newMemberReputation);
    }
  }

  /** The first watched word or phrase in {@code text}, if any. */
  public Optional<String> watchedWord(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (Pattern w : watched) {
      Matcher m = w.matcher(lower);
      if (m.find()) {
        return Optional.of(m.group());
      }
    }
    return Optional.empty();
  }

  static int links(String text) {
    Matcher m = LINK.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
