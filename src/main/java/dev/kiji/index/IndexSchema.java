package dev.kiji.index;

import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import dev.kiji.ingest.Article;
import dev.kiji.pipeline.ExtractedArticle;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The one declaration of kiji's index: one Lucene document per article.
 *
 * <table>
 *   <tr><th>field</th><th>indexed as</th><th>OpenSearch mapping</th></tr>
 *   <tr><td>id</td><td>keyword, stored</td><td>keyword</td></tr>
 *   <tr><td>title, body</td><td>{@code IndexAnalyzer} text, stored; body with positions and
 *       offsets for highlighting</td><td>text, kuromoji chain, index_options offsets</td></tr>
 *   <tr><td>published</td><td>epoch day: point + doc values; ISO date stored</td><td>date</td></tr>
 *   <tr><td>source, path, format, encoding</td><td>keyword / stored</td><td>keyword</td></tr>
 *   <tr><td>party</td><td>canonical names, keyword + sorted-set doc values</td><td>keyword</td></tr>
 * </table>
 *
 * <p>Document ids are the article ids (a hash of source URL or path), so re-indexing replaces.
 */
public final class IndexSchema {

  public static final String ID = "id";
  public static final String PATH = "path";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String PUBLISHED = "published";
  public static final String PUBLISHED_DAY = "published_day";
  public static final String SOURCE = "source";
  public static final String FORMAT = "format";
  public static final String ENCODING = "encoding";
  public static final String PARTY = "party";

  /** Body: tokenized, stored, with term vectors' worth of offsets in the postings. */
  static final FieldType BODY_TYPE = bodyType();

  private IndexSchema() {}

  private static FieldType bodyType() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** The Lucene document of one analysed article. */
  public static Document document(ExtractedArticle extracted) {
    Article a = extracted.article();
    Document d = new Document();
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    d.add(new StoredField(PATH, a.path()));
    d.add(new TextField(TITLE, a.title(), Field.Store.YES));
    d.add(new Field(BODY, a.text(), BODY_TYPE));
    if (a.published() != null) {
      long day = a.published().toEpochDay();
      d.add(new LongPoint(PUBLISHED_DAY, day));
      d.add(new NumericDocValuesField(PUBLISHED_DAY, day));
      d.add(new StoredField(PUBLISHED, a.published().toString()));
    }
    if (a.sourceUrl() != null) {
      d.add(new StringField(SOURCE, a.sourceUrl(), Field.Store.YES));
    }
    d.add(new StoredField(FORMAT, a.format()));
    d.add(new StoredField(ENCODING, a.encoding()));
    Set<String> parties = new LinkedHashSet<>();
    for (Mention m : extracted.mentions()) {
      if (m.type() == MentionType.PARTY && m.canonical() != null) {
        parties.add(m.canonical());
      }
    }
    for (String p : parties) {
      d.add(new StringField(PARTY, p, Field.Store.YES));
      d.add(new SortedSetDocValuesField(PARTY, new BytesRef(p)));
    }
    SearchFields.addTo(d, extracted);
    return d;
  }
}
