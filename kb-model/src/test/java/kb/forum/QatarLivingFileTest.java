package kb.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the Qatar Living threads: a small sample inline, and the shared data file if present. */
class QatarLivingFileTest {

  static final Path SHARED =
      Path.of("../../shared/data/forum/SemEval2016-Task3-CQA-QL-train-part1.xml");

  static final String SAMPLE =
      """
      <xml version="1.0"><OrgQuestion ORGQ_ID="Q1"><OrgQSubject>Good Bank</OrgQSubject>
      <Thread THREAD_SEQUENCE="Q1_R4">
        <RelQuestion RELQ_ID="Q1_R4" RELQ_CATEGORY="Advice and Help" RELQ_DATE="2013-05-02 19:43:00" RELQ_USERNAME="ankukuma">
          <RelQSubject>Best Bank</RelQSubject><RelQBody>Which bank &amp; why?</RelQBody></RelQuestion>
        <RelComment RELC_ID="Q1_R4_C1" RELC_DATE="2013-05-03 07:23:20" RELC_USERNAME="Dil geer!">
          <RelCText>Commercial bank</RelCText></RelComment>
      </Thread>
      <Thread THREAD_SEQUENCE="Q1_R4"><RelQuestion RELQ_ID="Q1_R4" RELQ_DATE="2013-05-02 19:43:00" RELQ_USERNAME="x">
        <RelQSubject>Again</RelQSubject><RelQBody/></RelQuestion></Thread>
      </OrgQuestion></xml>
      """;

  @Test
  void readsThreadsWithTheirRepliesOnce() throws Exception {
    List<QatarLivingFile.Thread> threads =
        QatarLivingFile.read(new ByteArrayInputStream(SAMPLE.getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, threads.size());
    QatarLivingFile.Thread t = threads.get(0);
    assertEquals("Best Bank", t.title());
    assertEquals("Which bank & why?", t.body());
    assertEquals("2013-05-02T19:43Z", t.at().toString());
    assertEquals(1, t.replies().size());
    assertEquals("ql_Dilgeer", QatarLivingFile.username(t.replies().get(0).author()));
    assertEquals("advice-and-help", QatarLivingFile.tag(t.category()));
  }

  @Test
  void readsTheSharedFile() throws Exception {
    assumeTrue(Files.isRegularFile(SHARED), "shared data absent");
    try (InputStream in = Files.newInputStream(SHARED)) {
      List<QatarLivingFile.Thread> threads = QatarLivingFile.read(in);
      assertTrue(threads.size() > 500, "threads: " + threads.size());
      long replies = threads.stream().mapToLong(t -> t.replies().size()).sum();
      assertTrue(replies > threads.size() * 5L, "replies: " + replies);
    }
  }
}
