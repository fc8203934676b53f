package dev.kiji.index;

import dev.kiji.analyze.IndexAnalyzer;
import dev.kiji.ingest.InputError;
import dev.kiji.pipeline.ArticleSink;
import dev.kiji.pipeline.ExtractedArticle;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes analysed articles into a Lucene index folder. {@link #accept} may be called from
 * several threads at once (the index analysis then runs in parallel). A new run replaces the folder's index
 * ({@code CREATE}); within a run, documents are keyed by article id, so the same article read
 * twice is stored once.
 */
public final class ArticleIndexer implements ArticleSink {

  private final FSDirectory dir;
  private final IndexWriter writer;
  private final java.util.concurrent.atomic.AtomicInteger documents = new java.util.concurrent.atomic.AtomicInteger();

  public ArticleIndexer(Path folder) throws IOException {
    this.dir = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig(new IndexAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(dir, config);
  }

  @Override
  public void accept(ExtractedArticle article) throws IOException {
    writer.updateDocument(new Term(IndexSchema.ID, article.article().id()), IndexSchema.document(article));
    documents.incrementAndGet();
  }

  @Override
  public void error(InputError error) {
    // failed inputs have no document
  }

  /** Documents written in this run. */
  public int documents() {
    return documents.get();
  }

  @Override
  public void close() throws IOException {
    try (dir; writer) {
      writer.commit();
    }
  }
}
