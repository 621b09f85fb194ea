package kb.search;

import java.nio.file.Path;
import kb.search.eval.Evaluation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The fixture of tests that search the shipped articles without synonyms. */
abstract class ShippedContentSearch {

  @TempDir static Path dir;
  static SearchIndex index;
  static SearchService search;

  @BeforeAll
  static void indexShippedContent() throws Exception {
    index = Evaluation.contentIndex(dir);
    search = new SearchService(index, Synonyms.NONE);
  }

  @AfterAll
  static void close() {
    index.close();
  }
}
