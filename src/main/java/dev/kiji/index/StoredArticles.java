package dev.kiji.index;

import dev.kiji.pipeline.ExtractedArticle;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Reads every article of an index folder written by {@link CorpusIndex} back as {@link
 * ExtractedArticle}s (article, mentions, term counts), for reports that need no re-analysis.
 * Order is the index's own; consumers must not depend on it. File documents are skipped, and so
 * are the articles that the last {@code kiji analyze} found to duplicate an earlier one, unless
 * asked for.
 */
public final class StoredArticles {

  /** Receives one stored article. */
  @FunctionalInterface
  public interface Consumer {
    void accept(ExtractedArticle article) throws IOException;
  }

  private StoredArticles() {}

  /**
   * Calls {@code consumer} once per live document of the index in {@code folder}.
   *
   * @return the number of articles read
   * @throws IOException when the folder holds no readable index
   */
  public static int forEach(Path folder, Consumer consumer) throws IOException {
    return forEach(folder, false, consumer);
  }

  /**
   * Calls {@code consumer} once per live article of the index in {@code folder}; duplicates too
   * when {@code keepDuplicates}.
   *
   * @return the number of articles read
   * @throws IOException when the folder holds no readable index
   */
  public static int forEach(Path folder, boolean keepDuplicates, Consumer consumer) throws IOException {
    int n = 0;
    try (FSDirectory dir = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields fields = leaf.reader().storedFields();
        NumericDocValues duplicate = leaf.reader().getNumericDocValues(IndexSchema.DUPLICATE);
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live != null && !live.get(i)) {
            continue;
          }
          if (!keepDuplicates && duplicate != null && duplicate.advanceExact(i) && duplicate.longValue() != 0) {
            continue;
          }
          Document d = fields.document(i);
          if (!IndexSchema.FILE_KIND.equals(d.get(IndexSchema.KIND))) {
            consumer.accept(IndexSchema.article(d));
            n++;
          }
        }
      }
    }
    return n;
  }
}
