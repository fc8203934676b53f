package dev.kiji.index;

import dev.kiji.ingest.InputError;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.report.BodySignature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes analysed articles into an index folder the way {@code kiji analyze} does, through {@link
 * CorpusIndex}: a file the index already knows is forgotten first, its articles get their body
 * signatures, and the file ends with its file document. For tests that need "an index with these
 * articles" built from hand-made or in-memory articles (tests over real files run {@code kiji
 * analyze} itself).
 *
 * <pre>{@code
 * TestIndex.write(dir, List.of(a, b));   // files a.path() and b.path(), one article each
 * TestIndex.write(dir, List.of(b2));     // a second run: b2's file replaced, a kept
 * }</pre>
 */
public final class TestIndex {

  private TestIndex() {}

  /**
   * One run over {@code articles}, each the only record of the file named by its path; commits.
   * Articles of a file written before (same path) are replaced, others kept.
   */
  public static void write(Path folder, List<ExtractedArticle> articles) throws IOException {
    try (CorpusIndex index = CorpusIndex.open(folder, IndexSchema.VERSION, 1_000, 60_000)) {
      for (ExtractedArticle a : articles) {
        writeFile(index, a.article().path(), "", List.of(a), List.of());
      }
    }
  }

  /**
   * Writes {@code file} as one run does: forgets what earlier runs wrote of it, adds its articles
   * (numbered 0, 1...) and its file document with {@code hash} and {@code errors}.
   */
  public static void writeFile(CorpusIndex index, String file, String hash, List<ExtractedArticle> articles,
      List<InputError> errors) throws IOException {
    if (index.known(file)) {
      index.forget(file);
    }
    for (int seq = 0; seq < articles.size(); seq++) {
      ExtractedArticle a = articles.get(seq);
      index.addArticle(file, seq, a, BodySignature.of(a.article().title(), a.article().text()).toBytes());
    }
    index.endFile(file, hash, articles.size(), errors);
  }
}
