package dev.kiji.index;

import dev.kiji.ingest.InputError;
import dev.kiji.pipeline.ExtractedArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Reads back, file by file, what {@link CorpusIndex} wrote: a file's articles in their order in
 * the file, with their signatures and duplicate flags, and the file's errors. {@code kiji analyze}
 * walks its input list through this to write every report, so a full run and an incremental run
 * give the same bytes. Not thread-safe; one lookup per file (a term seek per segment).
 */
public final class IndexedFiles {

  /**
   * One stored article.
   *
   * @param doc its document number in the reader (for {@link #document})
   * @param duplicate the stored duplicate flag (0 original, 1 exact, 2 near)
   */
  public record StoredArticle(int doc, int seq, ExtractedArticle article, byte[] signature, int duplicate) {}

  /**
   * One input file as stored.
   *
   * @param known false when the index has no file document for it (it was never written)
   */
  public record StoredFile(String file, boolean known, List<StoredArticle> articles, List<InputError> errors) {

    /** Article rows plus error rows: every file read has at least one. */
    public int records() {
      return articles.size() + errors.size();
    }
  }

  private final DirectoryReader reader;
  private final TermsEnum[] terms;
  private final StoredFields[] fields;
  private final NumericDocValues[] flags;
  private PostingsEnum postings;

  public IndexedFiles(DirectoryReader reader) throws IOException {
    this.reader = reader;
    List<LeafReaderContext> leaves = reader.leaves();
    this.terms = new TermsEnum[leaves.size()];
    this.fields = new StoredFields[leaves.size()];
    this.flags = new NumericDocValues[leaves.size()];
    for (int i = 0; i < leaves.size(); i++) {
      Terms t = leaves.get(i).reader().terms(IndexSchema.FILE);
      terms[i] = t == null ? null : t.iterator();
      fields[i] = leaves.get(i).reader().storedFields();
    }
  }

  /** What the index holds for {@code file} (a path as walked, {@code /}-separated). */
  public StoredFile read(String file) throws IOException {
    BytesRef key = new BytesRef(file);
    List<StoredArticle> articles = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    boolean known = false;
    List<LeafReaderContext> leaves = reader.leaves();
    for (int i = 0; i < leaves.size(); i++) {
      if (terms[i] == null || !terms[i].seekExact(key)) {
        continue;
      }
      LeafReader leaf = leaves.get(i).reader();
      Bits live = leaf.getLiveDocs();
      postings = terms[i].postings(postings, PostingsEnum.NONE);
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        Document doc = fields[i].document(d);
        if (IndexSchema.FILE_KIND.equals(doc.get(IndexSchema.KIND))) {
          known = true;
          errors.addAll(IndexSchema.errors(doc));
        } else {
          BytesRef sig = doc.getBinaryValue(IndexSchema.SIGNATURE);
          articles.add(new StoredArticle(
              leaves.get(i).docBase + d,
              doc.getField(IndexSchema.SEQ).numericValue().intValue(),
              IndexSchema.article(doc),
              sig == null ? null : BytesRef.deepCopyOf(sig).bytes,
              duplicateFlag(i, leaf, d)));
        }
      }
    }
    articles.sort(Comparator.comparingInt(StoredArticle::seq));
    return new StoredFile(file, known, articles, errors);
  }

  /** The stored fields of document {@code doc} (a {@link StoredArticle#doc()}). */
  public Document document(int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    int i = ReaderUtil.subIndex(doc, leaves);
    return fields[i].document(doc - leaves.get(i).docBase);
  }

  /** The flag of {@code doc}; the iterator of a leaf is reused while docs come in increasing order. */
  private int duplicateFlag(int i, LeafReader leaf, int doc) throws IOException {
    NumericDocValues v = flags[i];
    if (v == null || v.docID() >= doc) {
      v = flags[i] = leaf.getNumericDocValues(IndexSchema.DUPLICATE);
    }
    return v != null && v.advanceExact(doc) ? (int) v.longValue() : 0;
  }
}
