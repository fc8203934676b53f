package dev.kiji.index;

import dev.kiji.analyze.IndexAnalyzer;
import dev.kiji.ingest.InputError;
import dev.kiji.pipeline.ArticleSink;
import dev.kiji.pipeline.ExtractedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Writes analysed articles into a Lucene index folder. {@link #accept} may be called from
 * several threads at once (the index analysis then runs in parallel).
 *
 * <p>Updates: an existing index is opened for appending ({@code CREATE_OR_APPEND}) and each
 * article replaces the document with its id, so a changed article is replaced, never duplicated.
 * With {@code prune}, documents whose id was not written in this run (their file was removed)
 * are deleted at {@link #close}. Nothing is visible to readers until the single commit at close:
 * searches running meanwhile see the last good index, and a run that is killed leaves it as it
 * was. Weakness: a run that fails with an exception still commits what it wrote so far.
 */
public final class ArticleIndexer implements ArticleSink {

  private final FSDirectory dir;
  private final IndexWriter writer;
  private final boolean prune;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final AtomicInteger documents = new AtomicInteger();
  private int pruned;

  /** Opens (or creates) the index in {@code folder}, keeping documents of other runs. */
  public ArticleIndexer(Path folder) throws IOException {
    this(folder, false);
  }

  /** Opens (or creates) the index; with {@code prune}, close deletes documents not written now. */
  public ArticleIndexer(Path folder, boolean prune) throws IOException {
    this.dir = FSDirectory.open(folder);
    this.prune = prune;
    IndexWriterConfig config = new IndexWriterConfig(new IndexAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(dir, config);
  }

  @Override
  public void accept(ExtractedArticle article) throws IOException {
    String id = article.article().id();
    writer.updateDocument(new Term(IndexSchema.ID, id), IndexSchema.document(article));
    seen.add(id);
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

  /** Documents deleted by pruning (known after {@link #close}). */
  public int pruned() {
    return pruned;
  }

  private void deleteUnseen() throws IOException {
    List<Term> stale = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(IndexSchema.ID);
        if (terms == null) {
          continue;
        }
        TermsEnum it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
          String id = t.utf8ToString();
          if (!seen.contains(id)) {
            stale.add(new Term(IndexSchema.ID, id));
          }
        }
      }
    }
    if (!stale.isEmpty()) {
      writer.deleteDocuments(stale.toArray(Term[]::new));
    }
    pruned = (int) stale.stream().distinct().count();
  }

  @Override
  public void close() throws IOException {
    try (dir; writer) {
      if (prune) {
        deleteUnseen();
      }
      writer.commit();
    }
  }
}
