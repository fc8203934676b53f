package dev.kiji.search;

import dev.kiji.analyze.IndexAnalyzer;
import dev.kiji.index.IndexSchema;
import dev.kiji.report.Html;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Japanese full-text search over a kiji index, with highlighted snippets and facets.
 *
 * <p>The query language is documented on {@link KijiQueryParser}: words ANDed, {@code "phrases"},
 * OR, {@code -exclusion}, {@code title:}, {@code party:}, {@code type:}, {@code published:A..B},
 * {@code amount>=1億円}, {@code reading:きしだ}; plain words that name a lexicon party also match
 * that party. A word is analysed like the text, and one word that the analyzer splits (補助金 →
 * 補助 + 金) must match as a phrase, so 補助金 never matches a text that merely contains 金.
 *
 * <p>Ranking: BM25, title matches weighing double; a query without words (only filters such as
 * {@code party:米国 published:2024}) lists the newest articles first.
 *
 * <p>The searcher sees the last commit of the index and picks up a newer one at the next search
 * ({@code kiji analyze} may run meanwhile). Thread-safe.
 *
 * <pre>{@code
 * try (ArticleSearcher s = ArticleSearcher.open(Path.of("index"))) {
 *   SearchResult r = s.search("補助金 party:米国 published:2024-01..", 10, 0, true);
 * }
 * }</pre>
 */
public final class ArticleSearcher implements Searcher {

  /** Marks around matched terms in plain-text snippets. */
  public static final String MARK_OPEN = "«";
  public static final String MARK_CLOSE = "»";

  /** Private-use marks the highlighter writes; never in NFKC article text shown to users. */
  private static final String RAW_OPEN = "\uE000";
  private static final String RAW_CLOSE = "\uE001";

  private final FSDirectory dir;
  private final SearcherManager manager;
  private final Analyzer analyzer = new IndexAnalyzer();
  private final LuceneQueries queries = new LuceneQueries(analyzer);

  private ArticleSearcher(FSDirectory dir) throws IOException {
    this.dir = dir;
    this.manager = new SearcherManager(dir, null);
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

  /** Parses {@code text} into a Lucene query; the message of a failure is for the user. */
  public Query parse(String text) throws QuerySyntaxException {
    QueryNode node = QueryLanguage.parse(text);
    try {
      return queries.toLucene(node);
    } catch (KijiQueryParser.BadClause e) {
      throw new QuerySyntaxException(e.getMessage(), e);
    }
  }

  /** Runs {@code query}, returning hits {@code offset+1 .. offset+limit}, without facets. */
  public SearchResult search(String query, int limit, int offset)
      throws IOException, QuerySyntaxException {
    return search(query, limit, offset, false);
  }

  @Override
  public SearchResult search(String query, int limit, int offset, boolean facets)
      throws IOException, QuerySyntaxException {
    if (limit < 1 || offset < 0) {
      throw new IllegalArgumentException("limit must be ≥ 1 and offset ≥ 0");
    }
    Query q = parse(query);
    manager.maybeRefresh();
    IndexSearcher searcher = manager.acquire();
    try {
      TopDocs top = hasWords(q)
          ? searcher.search(q, offset + limit)
          : searcher.search(q, offset + limit, NEWEST_FIRST, true);
      ScoreDoc[] docs = top.scoreDocs;
      int from = Math.min(offset, docs.length);
      ScoreDoc[] page = Arrays.copyOfRange(docs, from, docs.length);
      String[] snippets = snippets(searcher, q, new TopDocs(top.totalHits, page));
      StoredFields stored = searcher.storedFields();
      List<Hit> hits = new ArrayList<>(page.length);
      for (int i = 0; i < page.length; i++) {
        Document d = stored.document(page[i].doc);
        String raw = snippets[i] == null ? "" : snippets[i].replaceAll("\\s+", " ").strip();
        hits.add(
            new Hit(
                from + i + 1,
                page[i].score,
                d.get(IndexSchema.ID),
                d.get(IndexSchema.TITLE),
                d.get(IndexSchema.PUBLISHED),
                d.get(IndexSchema.PATH),
                d.get(IndexSchema.SOURCE),
                raw.replace(RAW_OPEN, MARK_OPEN).replace(RAW_CLOSE, MARK_CLOSE),
                Html.escape(raw).replace(RAW_OPEN, "<mark>").replace(RAW_CLOSE, "</mark>")));
      }
      long total = searcher.count(q);
      Facets f = facets ? searcher.search(q, new FacetCollector.Manager()) : Facets.NONE;
      return new SearchResult(query, total, offset, hits, f);
    } finally {
      manager.release(searcher);
    }
  }

  /** Filter-only queries rank every hit the same; they list newest first instead. */
  private static final Sort NEWEST_FIRST =
      new Sort(new SortField(IndexSchema.PUBLISHED_DAY, SortField.Type.LONG, true), SortField.FIELD_SCORE);

  /** True when {@code q} has a word or phrase to find in title or body (exclusions do not count). */
  static boolean hasWords(Query q) {
    boolean[] found = {false};
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) {
          if (t.field().equals(IndexSchema.TITLE) || t.field().equals(IndexSchema.BODY)) {
            found[0] = true;
          }
        }
      }

      @Override
      public void consumeTermsMatching(Query query, String field,
          java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
        if (field.equals(IndexSchema.TITLE) || field.equals(IndexSchema.BODY)) {
          found[0] = true;
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return found[0];
  }

  private String[] snippets(IndexSearcher searcher, Query q, TopDocs page) throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter(RAW_OPEN, RAW_CLOSE, "…", false))
            .withHighlightPhrasesStrictly(true)
            .build();
    return highlighter.highlight(IndexSchema.BODY, q, page, 2);
  }

  /** The stored article with id {@code id}, if the index has it. */
  public Optional<StoredArticle> article(String id) throws IOException {
    manager.maybeRefresh();
    IndexSearcher searcher = manager.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
      String published = d.get(IndexSchema.PUBLISHED);
      return Optional.of(new StoredArticle(
          d.get(IndexSchema.ID),
          d.get(IndexSchema.TITLE),
          published == null ? null : LocalDate.parse(published),
          d.get(IndexSchema.SOURCE),
          d.get(IndexSchema.PATH),
          d.get(IndexSchema.BODY),
          IndexSchema.article(d).mentions()));
    } finally {
      manager.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    try (dir; manager) {
      // closes both
    }
  }
}
