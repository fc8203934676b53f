package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiji.index.TestIndex;
import dev.kiji.index.StoredArticles;
import dev.kiji.pipeline.ExtractedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index keeps what the reports need: articles, mentions and term counts read back unchanged. */
class StoredArticlesTest {

  @Test
  void indexGivesBackTheExtractedArticles(@TempDir Path tmp) throws IOException {
    List<ExtractedArticle> in = List.of(
        Doc.of("a", "2025-02-27", "𠮷野家😀のトランプ大統領は日本に45億ドルを求めた。")   // surrogate pairs before spans
            .party("トランプ", "トランプ", "PERSON", "大統領").party("日本", "日本", "COUNTRY")
            .money("45億ドル", "4500000000", "USD").term("求める/動詞", 1).term("𠮷野家/名詞", 1).build(),
        Doc.of("b", null, "=SUM(A1)と米国。").party("米国", "米国", "COUNTRY").build());
    Path index = tmp.resolve("index");
    TestIndex.write(index, in);
    List<ExtractedArticle> out = new ArrayList<>();
    assertEquals(2, StoredArticles.forEach(index, out::add));
    out.sort(Comparator.comparing(a -> a.article().id()));
    assertEquals(in, out);
  }

  @Test
  void aFolderWithoutAnIndexIsAnError(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("empty"));
    assertThrows(IOException.class, () -> StoredArticles.forEach(tmp.resolve("empty"), a -> {}));
  }
}
