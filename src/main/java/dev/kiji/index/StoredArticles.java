package dev.kiji.index;

import dev.kiji.pipeline.ExtractedArticle;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Reads every article of an index folder written by {@link ArticleIndexer} back as {@link
 * ExtractedArticle}s (article, mentions, term counts), for reports that need no re-analysis.
 * Order is the index's own; consumers must not depend on it.
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
    int n = 0;
    try (FSDirectory dir = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields fields = leaf.reader().storedFields();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live == null || live.get(i)) {
            consumer.accept(IndexSchema.article(fields.document(i)));
            n++;
          }
        }
      }
    }
    return n;
  }
}
