package kb.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import kb.forum.ForumEvents.ThreadChanged;
import kb.reputation.Ledger;
import kb.reputation.Member;
import kb.reputation.Members;
import kb.reputation.ReputationEvent;

/**
 * Seeds the demo community from {@code content/community/questions.json} on the first start of a
 * demo site: questions, answers, comments, votes and acceptances dated over the last months, with
 * their reputation written to the ledger as it would have been earned. Skipped once any post
 * exists.
 */
@ApplicationScoped
public class DemoCommunity {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Members members;
  @Inject Posts posts;
  @Inject Ledger ledger;
  @Inject Following following;
  @Inject Clock clock;
  @Inject Event<Object> events;

  /** Seeds the file's threads unless the forum has posts; returns the number of questions. */
  @Transactional
  public int seed(Path folder) throws IOException {
    Path file = folder.resolve("community").resolve("questions.json");
    if (!Files.isRegularFile(file)) {
      return 0;
    }
    if (em.createQuery("select count(p) from Post p", Long.class).getSingleResult() > 0) {
      return 0;
    }
    JsonArray threads;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonReader json = Json.createReader(r)) {
      threads = json.readArray();
    }
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    int n = 0;
    for (JsonValue v : threads) {
      seedThread(v.asJsonObject(), now);
      n++;
    }
    return n;
  }

  private void seedThread(JsonObject t, OffsetDateTime now) {
    Member asker = members.require(t.getString("author"));
    OffsetDateTime asked = now.minusDays(t.getInt("daysAgo")).minusHours(t.getInt("daysAgo") % 9);
    String body = t.getString("body");
    Post q =
        Post.question(
            asker,
            t.getString("title"),
            body,
            Posting.render(body),
            t.getString("locale"),
            strings(t.getJsonArray("tags")),
            asked);
    posts.persist(q);
    posts.revision(q, asker.username(), asked);
    following.follow(asker.id(), q.id());
    votes(q, t, asked.plusHours(6));
    comments(q, t, asked.plusHours(2));
    OffsetDateTime last = asked;
    for (JsonValue av : t.getJsonArray("answers")) {
      JsonObject a = av.asJsonObject();
      Member author = members.require(a.getString("author"));
      OffsetDateTime at = asked.plusHours(a.getInt("hoursAfter"));
      if (at.isAfter(now)) {
        at = now.minusMinutes(5);
      }
      String text = a.getString("body");
      Post answer =
          Post.answer(q, author, text, Posting.render(text), a.getBoolean("official", false), at);
      posts.persist(answer);
      posts.revision(answer, author.username(), at);
      posts.addAnswers(q.id(), 1);
      following.follow(author.id(), q.id());
      votes(answer, a, at.plusHours(4));
      comments(answer, a, at.plusHours(1));
      if (a.getBoolean("accepted", false)) {
        q.accept(answer);
        if (author.id() != asker.id()) {
          OffsetDateTime when = at.plusHours(8).isAfter(now) ? now : at.plusHours(8);
          ledger.awardAt(
              author.id(), ReputationEvent.ANSWER_ACCEPTED, answer.id(), asker.id(), when);
          ledger.awardAt(
              asker.id(), ReputationEvent.ACCEPTED_ANSWER, answer.id(), author.id(), when);
          events.fire(
              new ForumEvents.AnswerAccepted(
                  q.id(), answer.id(), asker.id(), author.id(), q.title()));
        }
      }
      last = at.isAfter(last) ? at : last;
    }
    posts.touch(q.id(), last);
    em.createNativeQuery("UPDATE post SET views = ?1 WHERE id = ?2")
        .setParameter(1, t.getInt("views", 0))
        .setParameter(2, q.id())
        .executeUpdate();
    events.fire(new ThreadChanged(q.id()));
  }

  private void votes(Post post, JsonObject o, OffsetDateTime at) {
    int score = 0;
    for (String name : strings(o.getJsonArray("up"))) {
      long voter = members.require(name).id();
      em.persist(new Vote(post.id(), voter, 1, at));
      events.fire(new ForumEvents.VoteCast(post.id(), post.kind(), post.authorId(), voter, 1));
      ledger.awardAt(
          post.authorId(),
          post.isQuestion() ? ReputationEvent.QUESTION_UPVOTED : ReputationEvent.ANSWER_UPVOTED,
          post.id(),
          voter,
          at);
      score++;
    }
    for (String name : strings(o.getJsonArray("down"))) {
      long voter = members.require(name).id();
      em.persist(new Vote(post.id(), voter, -1, at));
      ledger.awardAt(post.authorId(), ReputationEvent.POST_DOWNVOTED, post.id(), voter, at);
      if (!post.isQuestion()) {
        ledger.awardAt(voter, ReputationEvent.DOWNVOTED_ANSWER, post.id(), post.authorId(), at);
      }
      score--;
    }
    posts.addScore(post.id(), score);
  }

  private void comments(Post post, JsonObject o, OffsetDateTime at) {
    JsonArray list = o.getJsonArray("comments");
    if (list == null) {
      return;
    }
    for (JsonValue cv : list) {
      JsonObject c = cv.asJsonObject();
      em.persist(
          new Comment(post, members.require(c.getString("author")), c.getString("text"), at));
    }
  }

  private static Set<String> strings(JsonArray array) {
    Set<String> out = new LinkedHashSet<>();
    if (array != null) {
      for (JsonString s : array.getValuesAs(JsonString.class)) {
        out.add(s.getString());
      }
    }
    return out;
  }
}
