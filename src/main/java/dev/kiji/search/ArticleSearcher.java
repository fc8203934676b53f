package dev.kiji.search;

import dev.kiji.analyze.IndexAnalyzer;
import dev.kiji.index.IndexSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Japanese full-text search over a kiji index, with highlighted snippets.
 *
 * <p>Query syntax (Lucene's classic parser, set up for Japanese): words separated by spaces are
 * ANDed; {@code "..."} is a phrase; {@code OR}, {@code -word}, {@code title:word} work. A word is
 * analysed like the text, and one word that the analyzer splits (補助金 → 補助 + 金) must match
 * as a phrase, so 補助金 never matches a text that merely contains 金.
 *
 * <pre>{@code
 * try (ArticleSearcher s = ArticleSearcher.open(Path.of("index"))) {
 *   SearchResult r = s.search("補助金 中小企業", 10, 0);
 * }
 * }</pre>
 */
public final class ArticleSearcher implements AutoCloseable {

  /** Marks around matched terms in snippets. */
  public static final String MARK_OPEN = "«";
  public static final String MARK_CLOSE = "»";

  private final FSDirectory dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = new IndexAnalyzer();

  private ArticleSearcher(FSDirectory dir) throws IOException {
    this.dir = dir;
    this.reader = DirectoryReader.open(dir);
    this.searcher = new IndexSearcher(reader);
  }

  /** Opens the index in {@code folder}; fails with a clear message when there is none. */
  public static ArticleSearcher open(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException(folder + ": no index here (run `kiji analyze` first)");
    }
    FSDirectory dir = FSDirectory.open(folder);
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      throw new IOException(folder + ": no index here (run `kiji analyze` first)");
    }
    return new ArticleSearcher(dir);
  }

  /** Parses {@code text} into a Lucene query over title (boosted) and body. */
  public Query parse(String text) throws QuerySyntaxException {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty()) {
      throw new QuerySyntaxException("empty query", null);
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            new String[] {IndexSchema.TITLE, IndexSchema.BODY},
            analyzer,
            Map.of(IndexSchema.TITLE, 2f, IndexSchema.BODY, 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    try {
      return parser.parse(trimmed);
    } catch (ParseException | RuntimeException e) {
      throw new QuerySyntaxException("cannot parse query '" + trimmed + "': " + firstLine(e), e);
    }
  }

  /** Runs {@code query}, returning hits {@code offset+1 .. offset+limit}. */
  public SearchResult search(String query, int limit, int offset)
      throws IOException, QuerySyntaxException {
    if (limit < 1 || offset < 0) {
      throw new IllegalArgumentException("limit must be ≥ 1 and offset ≥ 0");
    }
    Query q = parse(query);
    TopDocs top = searcher.search(q, offset + limit);
    ScoreDoc[] docs = top.scoreDocs;
    int from = Math.min(offset, docs.length);
    ScoreDoc[] page = java.util.Arrays.copyOfRange(docs, from, docs.length);
    TopDocs pageDocs = new TopDocs(top.totalHits, page);
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, "…", false))
            .withHighlightPhrasesStrictly(true)
            .build();
    String[] snippets = highlighter.highlight(IndexSchema.BODY, q, pageDocs, 2);
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document d = stored.document(page[i].doc);
      String snippet = snippets[i] == null ? "" : snippets[i].replaceAll("\\s+", " ").strip();
      hits.add(
          new Hit(
              from + i + 1,
              page[i].score,
              d.get(IndexSchema.ID),
              d.get(IndexSchema.TITLE),
              d.get(IndexSchema.PUBLISHED),
              d.get(IndexSchema.PATH),
              d.get(IndexSchema.SOURCE),
              snippet));
    }
    return new SearchResult(query, searcher.count(q), hits);
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  @Override
  public void close() throws IOException {
    try (dir; reader) {
      // closes both
    }
  }
}
