package dev.kiji.index;

import dev.kiji.analyze.IndexAnalyzer;
import dev.kiji.extract.CodePoints;
import dev.kiji.extract.Mention;
import dev.kiji.report.MentionJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import dev.kiji.extract.MentionType;
import dev.kiji.ingest.Article;
import dev.kiji.ingest.InputError;
import dev.kiji.pipeline.ExtractedArticle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
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
 *   <tr><td>mentions</td><td>stored only: the article's mentions as JSON Lines ({@code
 *       MentionJson}, code point offsets), so {@code kiji report} needs no re-analysis</td>
 *       <td>not indexed (object, enabled: false)</td></tr>
 *   <tr><td>terms</td><td>stored only: content-word counts, lines {@code base/品詞<TAB>count}</td>
 *       <td>not indexed</td></tr>
 *   <tr><td>file, seq</td><td>keyword + stored: the input file (as walked) and the article's
 *       position in it (0, 1...); {@code kiji analyze} reads a file's articles back by it</td>
 *       <td>keyword, integer</td></tr>
 *   <tr><td>key</td><td>keyword: {@code file NUL seq}, unique per input record</td><td>keyword</td></tr>
 *   <tr><td>warnings</td><td>stored only: reading caveats, one per line, tab and line breaks escaped</td>
 *       <td>not indexed</td></tr>
 *   <tr><td>signature</td><td>stored only: the {@code BodySignature} bytes (exact key, MinHash)</td>
 *       <td>binary, not indexed</td></tr>
 *   <tr><td>duplicate</td><td>numeric doc values, updated in place: 0 original, 1 exact, 2 near
 *       duplicate of an earlier article in the last {@code kiji analyze}</td><td>byte</td></tr>
 * </table>
 *
 * <p>Besides articles, {@code kiji analyze} keeps one <em>file document</em> per input file
 * ({@link #fileDocument}): {@code kind=file}, file, {@code file_state} ({@code file NUL content
 * hash NUL analysis fingerprint}, the key of incremental runs), the number of articles and the
 * file's errors. File documents have no title, body or party, so searches never return them;
 * {@link StoredArticles} skips them.
 *
 * <p>{@link #article} reads a stored document back into the {@link ExtractedArticle} it was made
 * of (without warnings).
 *
 * <p>The fields are declared once in {@link #FIELDS} (name and {@link FieldKind}); {@link #values}
 * gives an article's values, which {@link #document} renders as Lucene fields and the OpenSearch
 * backend as a JSON document, so both indexes hold the same fields.
 *
 * <p>{@code id} holds the article id (a hash of source URL or path). Re-reading a file replaces its
 * documents by {@code file} ({@link CorpusIndex#forget}), not by id.
 */
public final class IndexSchema {

  public static final String ID = "id";
  public static final String PATH = "path";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String PUBLISHED = "published";
  /** Lucene: the epoch-day field of a {@link FieldKind#DATE} field is its name plus this. */
  public static final String DAY_SUFFIX = "_day";
  public static final String PUBLISHED_DAY = PUBLISHED + DAY_SUFFIX;
  public static final String SOURCE = "source";
  public static final String FORMAT = "format";
  public static final String ENCODING = "encoding";
  public static final String PARTY = "party";
  public static final String MENTIONS = "mentions";
  public static final String TERMS = "terms";
  public static final String FILE = "file";
  public static final String SEQ = "seq";
  public static final String KEY = "key";
  public static final String WARNINGS = "warnings";
  public static final String SIGNATURE = "signature";
  public static final String DUPLICATE = "duplicate";
  public static final String KIND = "kind";
  public static final String FILE_KIND = "file";
  public static final String FILE_STATE = "file_state";
  public static final String FILE_HASH = "file_hash";
  public static final String ARTICLE_COUNT = "articles";
  public static final String ERRORS = "errors";

  /**
   * Part of every file state: bump it when a change to kiji changes what the index holds for the
   * same input (extraction rules, stored fields), so incremental runs re-read every file.
   */
  public static final String VERSION = "kiji-index-3";

  /**
   * Every field, declared once: the Lucene document ({@link #document}) and the OpenSearch mapping
   * ({@code dev.kiji.opensearch.OpenSearchMapping}) are both derived from this list and from {@link
   * #values}. A new field is one line here and one line in {@link #values}.
   */
  public static final List<IndexField> FIELDS = List.of(
      new IndexField(ID, FieldKind.KEYWORD),
      new IndexField(PATH, FieldKind.STORED),
      new IndexField(TITLE, FieldKind.TEXT),
      new IndexField(BODY, FieldKind.TEXT_OFFSETS),
      new IndexField(PUBLISHED, FieldKind.DATE),
      new IndexField(SOURCE, FieldKind.KEYWORD),
      new IndexField(FORMAT, FieldKind.STORED),
      new IndexField(ENCODING, FieldKind.STORED),
      new IndexField(PARTY, FieldKind.FACET),
      new IndexField(MENTIONS, FieldKind.STORED),
      new IndexField(TERMS, FieldKind.STORED),
      new IndexField(SearchFields.MENTION_TYPE, FieldKind.KEYWORD_UNSTORED),
      new IndexField(SearchFields.AMOUNT_PREFIX + "*", FieldKind.NUMBER),
      new IndexField(SearchFields.READING, FieldKind.KEYWORD_UNSTORED),
      new IndexField(SearchFields.SITE, FieldKind.FACET));

  /** Body: tokenized, stored, with term vectors' worth of offsets in the postings. */
  static final FieldType BODY_TYPE = bodyType();

  /** Body indexed from the analysis stage's tokens; the text is stored by a separate field. */
  static final FieldType BODY_INDEXED = bodyIndexed();

  private IndexSchema() {}

  private static FieldType bodyIndexed() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  private static FieldType bodyType() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** {@link #field} answers so far: every value of every document asks, with few distinct names. */
  private static final Map<String, IndexField> DECLARED = new java.util.concurrent.ConcurrentHashMap<>();

  /** The declared field (or family) of {@code name}; an undeclared name is a programming error. */
  public static IndexField field(String name) {
    IndexField known = DECLARED.get(name);
    if (known != null) {
      return known;
    }
    for (IndexField f : FIELDS) {
      if (f.covers(name)) {
        if (DECLARED.size() < 10_000) {
          DECLARED.put(name, f);
        }
        return f;
      }
    }
    throw new IllegalArgumentException("field not declared in IndexSchema.FIELDS: " + name);
  }

  /** The values of one analysed article's document, in field order, for any backend. */
  public static List<FieldValue> values(ExtractedArticle extracted) {
    Article a = extracted.article();
    Values v = new Values();
    v.add(ID, a.id());
    v.add(PATH, a.path());
    v.add(TITLE, a.title());
    v.add(BODY, a.text());
    v.add(PUBLISHED, a.published());
    v.add(SOURCE, a.sourceUrl());
    v.add(FORMAT, a.format());
    v.add(ENCODING, a.encoding());
    Set<String> parties = new LinkedHashSet<>();
    for (Mention m : extracted.mentions()) {
      if (m.type() == MentionType.PARTY && m.canonical() != null) {
        parties.add(m.canonical());
      }
    }
    parties.forEach(p -> v.add(PARTY, p));
    CodePoints cp = CodePoints.of(a.text());
    StringBuilder lines = new StringBuilder();
    for (Mention m : extracted.mentions()) {
      lines.append(MentionJson.line(a.id(), m, cp)).append('\n');
    }
    v.add(MENTIONS, lines.toString());
    StringBuilder terms = new StringBuilder();
    extracted.terms().forEach((t, n) -> terms.append(t).append('\t').append(n).append('\n'));
    v.add(TERMS, terms.toString());
    SearchFields.addTo(v, extracted);
    return v.list;
  }

  /** Collects field values, skipping nulls; the kind comes from {@link #FIELDS}. */
  static final class Values {
    private final List<FieldValue> list = new ArrayList<>();

    void add(String name, Object value) {
      if (value != null) {
        list.add(new FieldValue(name, field(name).kind(), value));
      }
    }
  }

  /**
   * The Lucene document of one analysed article: {@link #values} rendered by kind; the values of
   * an unstored keyword field (readings, mention types) go in as one {@link KeywordList}.
   */
  private static Document document(ExtractedArticle extracted) {
    Document d = new Document();
    Map<String, List<String>> keywords = new LinkedHashMap<>();
    for (FieldValue v : values(extracted)) {
      String name = v.name();
      switch (v.kind()) {
        case KEYWORD -> d.add(new StringField(name, (String) v.value(), Field.Store.YES));
        case FACET -> {
          d.add(new StringField(name, (String) v.value(), Field.Store.YES));
          d.add(new SortedSetDocValuesField(name, new BytesRef((String) v.value())));
        }
        case KEYWORD_UNSTORED -> keywords.computeIfAbsent(name, k -> new ArrayList<>()).add((String) v.value());
        case STORED -> d.add(new StoredField(name, (String) v.value()));
        case TEXT -> d.add(new TextField(name, (String) v.value(), Field.Store.YES));
        case TEXT_OFFSETS -> {
          String text = (String) v.value();
          if (extracted.indexTokens().isEmpty() || !name.equals(BODY)) {
            d.add(new Field(name, text, BODY_TYPE));
          } else {
            d.add(new StoredField(name, text));
            d.add(new Field(name, IndexAnalyzer.tokenStream(extracted.indexTokens(), text.length()), BODY_INDEXED));
          }
        }
        case DATE -> {
          LocalDate date = (LocalDate) v.value();
          d.add(new LongPoint(name + DAY_SUFFIX, date.toEpochDay()));
          d.add(new NumericDocValuesField(name + DAY_SUFFIX, date.toEpochDay()));
          d.add(new StoredField(name, date.toString()));
        }
        case NUMBER -> d.add(new DoublePoint(name, (Double) v.value()));
      }
    }
    keywords.forEach((name, list) -> d.add(new Field(name, new KeywordList(list), KeywordList.TYPE)));
    return d;
  }

  /**
   * The document of article number {@code seq} of input {@code file}, with what incremental runs
   * and duplicate detection need ({@code duplicate} starts at 0).
   */
  public static Document document(ExtractedArticle extracted, String file, int seq, byte[] signature) {
    Document d = document(extracted);
    d.add(new StringField(FILE, file, Field.Store.YES));
    d.add(new StoredField(SEQ, seq));
    d.add(new StringField(KEY, key(file, seq), Field.Store.NO));
    StringBuilder w = new StringBuilder();
    for (String s : extracted.warnings()) {
      w.append(escape(s)).append('\n');
    }
    d.add(new StoredField(WARNINGS, w.toString()));
    d.add(new StoredField(SIGNATURE, signature));
    d.add(new NumericDocValuesField(DUPLICATE, 0));
    return d;
  }

  /** The unique key of article {@code seq} of {@code file}. */
  public static String key(String file, int seq) {
    return file + '\u0000' + seq;
  }

  /** The incremental-run key of a file: path, content hash and analysis fingerprint. */
  public static String fileState(String file, String hash, String fingerprint) {
    return file + '\u0000' + hash + '\u0000' + fingerprint;
  }

  /** The file document of input {@code file} (see the class comment). */
  public static Document fileDocument(
      String file, String hash, String fingerprint, int articles, List<InputError> errors) {
    Document d = new Document();
    d.add(new StringField(KIND, FILE_KIND, Field.Store.YES));
    d.add(new StringField(FILE, file, Field.Store.YES));
    d.add(new StringField(FILE_STATE, fileState(file, hash, fingerprint), Field.Store.NO));
    d.add(new StoredField(FILE_HASH, hash));
    d.add(new StoredField(ARTICLE_COUNT, articles));
    StringBuilder e = new StringBuilder();
    for (InputError x : errors) {
      e.append(escape(x.path())).append('\t').append(escape(x.reason())).append('\n');
    }
    d.add(new StoredField(ERRORS, e.toString()));
    return d;
  }

  /** The errors stored in a file document. */
  public static List<InputError> errors(Document fileDoc) {
    List<InputError> out = new ArrayList<>();
    for (String line : lines(fileDoc.get(ERRORS))) {
      int tab = line.indexOf('\t');
      out.add(new InputError(unescape(line.substring(0, tab)), unescape(line.substring(tab + 1))));
    }
    return out;
  }

  /** {@code \\}, tab and line breaks escaped so a value fits on one line of a stored field. */
  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static List<String> lines(String stored) {
    List<String> out = new ArrayList<>();
    if (stored != null) {
      for (String line : stored.split("\n")) {
        if (!line.isEmpty()) {
          out.add(line);
        }
      }
    }
    return out;
  }

  /** The article, mentions and term counts of a document made by {@link #document}. */
  public static ExtractedArticle article(Document d) {
    String published = d.get(PUBLISHED);
    String text = d.get(BODY);
    Article a = new Article(d.get(ID), d.get(PATH), d.get(TITLE),
        published == null ? null : LocalDate.parse(published), d.get(SOURCE), text, d.get(FORMAT), d.get(ENCODING));
    List<Mention> mentions = new ArrayList<>();
    String stored = d.get(MENTIONS);
    if (stored != null) {
      for (String line : stored.split("\n")) {
        if (!line.isEmpty()) {
          mentions.add(MentionJson.parse(line, text));
        }
      }
    }
    Map<String, Integer> terms = new TreeMap<>();
    String t = d.get(TERMS);
    if (t != null) {
      for (String line : t.split("\n")) {
        int tab = line.lastIndexOf('\t');
        if (tab > 0) {
          terms.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
        }
      }
    }
    List<String> warnings = new ArrayList<>();
    for (String w : lines(d.get(WARNINGS))) {
      warnings.add(unescape(w));
    }
    return new ExtractedArticle(a, mentions, warnings, terms);
  }
}
