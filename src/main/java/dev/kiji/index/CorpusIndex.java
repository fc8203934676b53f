package dev.kiji.index;

import dev.kiji.analyze.IndexAnalyzer;
import dev.kiji.ingest.InputError;
import dev.kiji.pipeline.ExtractedArticle;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The index folder as {@code kiji analyze} keeps it from run to run: article documents plus one
 * file document per input file ({@link IndexSchema}), written file by file.
 *
 * <pre>{@code
 * try (CorpusIndex index = CorpusIndex.open(folder, fingerprint, 5_000, 30_000)) {
 *   if (!index.unchanged("corpus/a.txt", hash)) {
 *     if (index.known("corpus/a.txt")) {
 *       index.forget("corpus/a.txt");  // drops the last run's articles, before any new one
 *     }
 *     index.addArticle("corpus/a.txt", 0, article, signature);  // any thread
 *     index.endFile("corpus/a.txt", hash, 1, List.of());  // after its articles; may commit
 *   }
 *   index.commit();
 * }
 * }</pre>
 *
 * <p>Incremental runs: {@link #unchanged} is true when the last commit holds the file document of
 * that path with that content hash and analysis fingerprint; such a file needs no reading.
 *
 * <p>Threads: {@link #addArticle} may be called from several threads at once (each Lucene
 * indexing thread inverts its own documents); a file's document must come after its articles.
 *
 * <p>Commits: {@link #endFile} commits when {@code commitFiles} files or {@code commitMillis}
 * milliseconds have passed since the last commit. A run killed at any point leaves the index at
 * its last commit: readable, and a file counts as unchanged only when its file document is in that
 * commit, which it is only with all its articles (they were added before it); a file with some
 * articles and no file document is known but not unchanged, so a re-run forgets and reads it again.
 * A new index is committed empty at once, so even a run killed in its first seconds leaves a
 * readable index. Weakness: a run that fails with an exception still commits what it wrote.
 */
public final class CorpusIndex implements Closeable {

  private final FSDirectory dir;
  private final IndexWriter writer;
  private final DirectoryReader previous;
  private final String fingerprint;
  private final int commitFiles;
  private final long commitNanos;
  private long lastCommit = System.nanoTime();
  private int filesSinceCommit;
  private int commits;

  private CorpusIndex(FSDirectory dir, IndexWriter writer, String fingerprint, int commitFiles, long commitMillis)
      throws IOException {
    this.dir = dir;
    this.writer = writer;
    this.fingerprint = fingerprint;
    this.commitFiles = commitFiles;
    this.commitNanos = commitMillis * 1_000_000L;
    this.previous = DirectoryReader.open(dir);
  }

  /**
   * Opens (or creates, committed empty) the index in {@code folder}.
   *
   * @param fingerprint what else the analysis depends on (lexicons, {@link IndexSchema#VERSION});
   *     a file indexed under another fingerprint counts as changed
   * @param commitFiles commit after this many files (at least 1)
   * @param commitMillis or after this many milliseconds, whichever comes first
   */
  public static CorpusIndex open(Path folder, String fingerprint, int commitFiles, long commitMillis)
      throws IOException {
    if (commitFiles < 1 || commitMillis < 0) {
      throw new IllegalArgumentException("commit interval must be positive");
    }
    FSDirectory dir = FSDirectory.open(folder);
    try {
      IndexWriterConfig config = new IndexWriterConfig(new IndexAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      IndexWriter writer = new IndexWriter(dir, config);
      try {
        if (!DirectoryReader.indexExists(dir)) {
          writer.commit();
        }
        return new CorpusIndex(dir, writer, fingerprint, commitFiles, commitMillis);
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** The index as its last commit was when it was opened: what {@link #unchanged} answers from. */
  public DirectoryReader lastCommit() {
    return previous;
  }

  /** True when the last commit (as found at open) has {@code file} with this content hash. */
  public boolean unchanged(String file, String hash) throws IOException {
    return has(IndexSchema.FILE_STATE, IndexSchema.fileState(file, hash, fingerprint));
  }

  /**
   * True when the last commit (as found at open) has anything of {@code file}; when false, {@link
   * #forget} is not needed (deletes by term cost a lookup in every segment at each flush).
   */
  public boolean known(String file) throws IOException {
    return has(IndexSchema.FILE, file);
  }

  private boolean has(String field, String value) throws IOException {
    BytesRef state = new BytesRef(value);
    for (LeafReaderContext leaf : previous.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum it = terms.iterator();
      if (it.seekExact(state)) {
        Bits live = leaf.reader().getLiveDocs();
        PostingsEnum p = it.postings(null, PostingsEnum.NONE);
        for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
          if (live == null || live.get(d)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Deletes the articles and file document that earlier runs wrote for {@code file}; call it before
   * adding any new article of the file (a delete applies to the documents added before it).
   */
  public void forget(String file) throws IOException {
    writer.deleteDocuments(new Term(IndexSchema.FILE, file));
  }

  /**
   * Adds article number {@code seq} of {@code file}, flagged original ({@link #setDuplicate}
   * changes that); safe to call from several threads at once.
   */
  public void addArticle(String file, int seq, ExtractedArticle article, byte[] signature) throws IOException {
    writer.addDocument(IndexSchema.document(article, file, seq, signature));
  }

  /** Ends {@code file} with its file document; commits when the interval is over. */
  public void endFile(String file, String hash, int articles, List<InputError> errors) throws IOException {
    writer.addDocument(IndexSchema.fileDocument(file, hash, fingerprint, articles, errors));
    filesSinceCommit++;
    if (filesSinceCommit >= commitFiles || System.nanoTime() - lastCommit >= commitNanos) {
      commit();
    }
  }

  /** Deletes the files (and their articles) that are not in {@code keep}; returns how many. */
  public int prune(Set<String> keep) throws IOException {
    List<Term> stale = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(IndexSchema.FILE);
        if (terms == null) {
          continue;
        }
        TermsEnum it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
          String file = t.utf8ToString();
          if (!keep.contains(file)) {
            stale.add(new Term(IndexSchema.FILE, file));
          }
        }
      }
    }
    if (!stale.isEmpty()) {
      writer.deleteDocuments(stale.toArray(Term[]::new));
    }
    return (int) stale.stream().distinct().count();
  }

  /** Sets the duplicate flag (0 original, 1 exact, 2 near) of article {@code seq} of {@code file}. */
  public void setDuplicate(String file, int seq, int flag) throws IOException {
    writer.updateNumericDocValue(new Term(IndexSchema.KEY, IndexSchema.key(file, seq)), IndexSchema.DUPLICATE, flag);
  }

  /** A reader of everything written so far, committed or not; the caller closes it. */
  public DirectoryReader reader() throws IOException {
    return DirectoryReader.open(writer);
  }

  /** Makes everything written so far durable and visible to other readers. */
  public void commit() throws IOException {
    writer.commit();
    commits++;
    filesSinceCommit = 0;
    lastCommit = System.nanoTime();
  }

  /** Commits made so far (the interval's and explicit ones). */
  public int commits() {
    return commits;
  }

  /** Commits and closes. */
  @Override
  public void close() throws IOException {
    try (dir; previous; writer) {
      writer.commit();
    }
  }
}
