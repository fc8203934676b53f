package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StopwordsTest {

  @Test
  void readsLuceneFormatCommentsBlankLinesAndNormalises(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("mine.txt");
    Files.writeString(f, "\uFEFF# my list\n発表\n\n  記者  \nｶﾒﾗ\n#コメント\n", StandardCharsets.UTF_8);
    assertEquals(Set.of("発表", "記者", "カメラ"), Stopwords.read(f));
  }

  @ParameterizedTest(name = "{0} in bundled list: {1}")
  @CsvSource({
    "こと,   true",
    "する,   true",
    "発表,   true",
    "関税,   false",   // a content word an analyst wants to see
    "ウクライナ, false",
  })
  void bundledNewsList(String word, boolean listed) {
    Set<String> s = Stopwords.bundled();
    assertTrue(s.size() >= 200, "bundled list has " + s.size());
    assertEquals(listed, s.contains(word));
    assertFalse(s.stream().anyMatch(w -> w.startsWith("#")));
  }
}
