package kb.forum;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the Qatar Living forum threads of the SemEval-2016 Task 3 data set (one {@code Thread} per
 * related question, each with its comments) as threads to import. A thread listed under several
 * original questions is read once. Streaming (StAX), so large files stay cheap.
 */
public final class QatarLivingFile {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  public record Reply(String author, String text, OffsetDateTime at) {}

  public record Thread(
      String key,
      String title,
      String body,
      String author,
      String category,
      OffsetDateTime at,
      List<Reply> replies) {}

  private QatarLivingFile() {}

  public static List<Thread> read(InputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
    Map<String, Thread> threads = new LinkedHashMap<>();
    String key = null;
    String title = null;
    String body = null;
    String author = null;
    String category = null;
    OffsetDateTime at = null;
    List<Reply> replies = new ArrayList<>();
    String replyAuthor = null;
    OffsetDateTime replyAt = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "RelQuestion" -> {
            key = xml.getAttributeValue(null, "RELQ_ID");
            author = xml.getAttributeValue(null, "RELQ_USERNAME");
            category = xml.getAttributeValue(null, "RELQ_CATEGORY");
            at = time(xml.getAttributeValue(null, "RELQ_DATE"));
            replies = new ArrayList<>();
            title = "";
            body = "";
          }
          case "RelQSubject" -> title = xml.getElementText().strip();
          case "RelQBody" -> body = xml.getElementText().strip();
          case "RelComment" -> {
            replyAuthor = xml.getAttributeValue(null, "RELC_USERNAME");
            replyAt = time(xml.getAttributeValue(null, "RELC_DATE"));
          }
          case "RelCText" ->
              replies.add(new Reply(replyAuthor, xml.getElementText().strip(), replyAt));
          default -> {
            // other elements carry nothing to import
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT
          && xml.getLocalName().equals("Thread")
          && key != null) {
        threads.putIfAbsent(
            key, new Thread(key, title, body, author, category, at, List.copyOf(replies)));
        key = null;
      }
    }
    xml.close();
    return List.copyOf(threads.values());
  }

  static OffsetDateTime time(String value) {
    if (value == null || value.isBlank()) {
      return OffsetDateTime.now(ZoneOffset.UTC);
    }
    return LocalDateTime.parse(value.strip(), DATE).atOffset(ZoneOffset.UTC);
  }

  /** A username our accounts accept: the forum's name, prefixed, limited to safe characters. */
  public static String username(String forumName) {
    String safe = forumName == null ? "" : forumName.replaceAll("[^A-Za-z0-9._-]", "");
    if (safe.isEmpty()) {
      safe = "anonymous";
    }
    String name = "ql_" + safe;
    return name.length() <= 30 ? name : name.substring(0, 30);
  }

  /** A tag from the forum's category, e.g. "Advice and Help" → "advice-and-help". */
  public static String tag(String category) {
    String t =
        category == null
            ? ""
            : category
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    if (t.length() < 2) {
      return "qatar-living";
    }
    return t.length() <= 30 ? t : t.substring(0, 30);
  }
}
