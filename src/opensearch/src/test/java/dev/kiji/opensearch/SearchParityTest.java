package dev.kiji.opensearch;

import dev.kiji.cli.Main;
import dev.kiji.extract.Extractors;
import dev.kiji.ingest.Ingest;
import dev.kiji.ingest.InputError;
import dev.kiji.pipeline.ArticleSink;
import dev.kiji.pipeline.ExtractedArticle;
import dev.kiji.pipeline.Pipeline;
import dev.kiji.search.ArticleSearcher;
import dev.kiji.search.Hit;
import dev.kiji.search.SearchResult;
import dev.kiji.search.Searcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The same articles indexed into the embedded index and into a 2-node OpenSearch cluster must
 * give the same hits for the same queries (ids compared as sets: scores differ between the two
 * engines, so the order of hits is compared only for filter-only queries, listed newest first).
 *
 * <p>Rows marked {@code differs} are known analysis differences, kept as tests: they must still
 * differ, so a change that removes the difference shows up (then move the row up).
 */
public class SearchParityTest extends KijiClusterTestCase {

  /** query | same or differs (the reason is in the comment). */
  private static final String CORPUS_QUERIES = """
      支援                               | same
      円安                               | same
      ウクライナ                         | same
      関税                               | same
      中小企業                           | same
      地雷除去                           | same
      補助金                             | same
      "経済効果"                         | same
      "日米韓の連携"                     | same
      台風 OR 地震                       | same
      支援 -ウクライナ                   | same
      -支援                              | same
      title:首脳                         | same
      title:支援 OR title:関税           | same
      party:岸田文雄                     | same
      party:米国                         | same
      party:アメリカ                     | same
      party:岸田                         | same
      -party:米国                        | same
      アメリカ                           | same
      type:PERSON                        | same
      type:MONEY                         | same
      type:PERCENT                       | same
      published:2025                     | same
      published:2025-01..2025-06         | same
      published:..2024-12                | same
      published:2026-01..                | same
      amount>=1億円                      | same
      amount<1億円                       | same
      amount>=10億ドル                   | same
      amount>=30%                        | same
      reading:きしだ                     | same
      支援 party:ウクライナ published:2024 | same
      ｶﾞｿﾘﾝ                              | same
      ＧＤＰ                             | same
      ガソ*                              | same
      北大西洋条約機構                   | same
      北大西洋                           | same
      西洋                               | same
      条約                               | same
      北大                               | same
      """;

  /**
   * Livedoor subset (first 40 articles of each category, read in place): everyday words, names
   * and filters. Known differences, from tokenization:
   *
   * <ul>
   *   <li>販売: 販売元 (30 times in the subset) is one normal-mode token; the embedded index's
   *       compound splitter keeps this 3-kanji word whole, while OpenSearch's search mode over the
   *       sentence splits it into 販売 + 元, so OpenSearch finds 26 more articles.
   *   <li>人気: 大人気 likewise (search mode splits 大 + 人気 in the sentence).
   * </ul>
   */
  private static final String LIVEDOOR_QUERIES = """
      映画                               | same
      女性                               | same
      携帯電話                           | same
      スマートフォン                     | same
      iPhone                             | same
      "アップル"                         | same
      映画 OR ドラマ                     | same
      映画 -アニメ                       | same
      title:映画                         | same
      type:PERSON                        | same
      type:MONEY                         | same
      published:2011-06..2011-12         | same
      amount>=1億円                      | same
      amount>=50%                        | same
      party:日本                         | same
      コンピューター                     | same
      コンピュータ                       | same
      IPHONE                             | same
      ｉＰｈｏｎｅ                       | same
      サイト                             | same
      ファン                             | same
      東京                               | same
      大学                               | same
      記者会見                           | same
      "発売 日"~3                        | same
      映画*                              | same
      title:iPhone type:MONEY            | same
      reading:えいが                     | same
      販売                               | differs
      人気                               | differs
      """;

  private static List<ExtractedArticle> analyse(List<Path> files) throws IOException {
    List<ExtractedArticle> out = Collections.synchronizedList(new ArrayList<>());
    ArticleSink none = new ArticleSink() {
      @Override
      public void accept(ExtractedArticle a) {}

      @Override
      public void error(InputError e) {}

      @Override
      public void close() {}
    };
    new Pipeline(Extractors.defaults(), 2).run(files, none, out::add, n -> {});
    return out;
  }

  /**
   * Indexes {@code files} into a fresh embedded index with {@code kiji analyze}, as users build it,
   * and their analysed {@code articles} into OpenSearch index {@code name}; returns the embedded
   * index folder.
   */
  private Path indexBoth(List<Path> files, List<ExtractedArticle> articles, String name) throws IOException {
    Path dir = createTempDir();
    List<String> args = new ArrayList<>(List.of("analyze", "--index", dir.resolve("index").toString(),
        "--out", dir.resolve("reports").toString(), "--threads", "2"));
    for (Path f : files) {
      args.add("--corpus");
      args.add(f.toString());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    assertTrue(err.toString(), code == Main.OK || code == Main.SOME_INPUT_FAILED);
    assertTrue(out.toString(), out.toString().contains(", " + articles.size() + " articles, "));
    try (OpenSearchClient client = new OpenSearchClient(httpUrl())) {
      OpenSearchIndexer remote = new OpenSearchIndexer(client, name, 2, 1);
      for (ExtractedArticle a : articles) {
        remote.accept(a);
      }
      remote.close();
      assertEquals(List.of(), remote.errors());
      assertEquals(articles.size(), remote.documents());
    }
    ensureGreen(name);
    return dir.resolve("index");
  }

  private static List<String[]> table(String rows) {
    return rows.lines().filter(l -> !l.isBlank())
        .map(l -> {
          int bar = l.lastIndexOf('|');
          return new String[] {l.substring(0, bar).strip(), l.substring(bar + 1).strip()};
        }).toList();
  }

  /** Runs every query on both backends; returns the rows whose outcome is not the expected one. */
  private List<String> compare(Path dir, String index, String rows) throws Exception {
    List<String> wrong = new ArrayList<>();
    try (ArticleSearcher embedded = ArticleSearcher.open(dir);
        Searcher remote = new OpenSearchSearcher(new OpenSearchClient(httpUrl()), index)) {
      for (String[] row : table(rows)) {
        String q = row[0];
        SearchResult a = embedded.search(q, 2000, 0, false);
        SearchResult b = remote.search(q, 2000, 0, false);
        List<String> ea = ids(a);
        List<String> eb = ids(b);
        boolean same = ea.equals(eb) && a.totalHits() == b.totalHits() && dates(a).equals(dates(b));
        String line = String.format(Locale.ROOT, "%s: embedded %d hits, opensearch %d hits; only embedded %s, only opensearch %s",
            q, a.totalHits(), b.totalHits(), minus(ea, eb), minus(eb, ea));
        System.out.println((same ? "SAME    " : "DIFFERS ") + line);
        if (same != row[1].equals("same")) {
          wrong.add((same ? "now the same: " : "") + line);
        }
      }
    }
    return wrong;
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).sorted().toList();
  }

  /** Publication dates in rank order: equal for filter-only queries (newest first in both). */
  private static List<String> dates(SearchResult r) {
    boolean ranked = r.hits().stream().map(Hit::score).distinct().count() > 1;
    return ranked ? List.of() : r.hits().stream().map(h -> String.valueOf(h.published())).toList();
  }

  private static List<String> minus(List<String> a, List<String> b) {
    return a.stream().filter(x -> !b.contains(x)).limit(5).toList();
  }

  private static List<ExtractedArticle> corpus;

  /** The files of the bundled corpus/. */
  private static List<Path> corpusFiles() {
    return Ingest.walk(List.of(projectRoot().resolve("corpus")));
  }

  /** The bundled corpus/, analysed once for all tests. */
  private static synchronized List<ExtractedArticle> corpus() throws IOException {
    if (corpus == null) {
      corpus = analyse(corpusFiles());
    }
    return corpus;
  }

  public void testCorpusQueriesGiveTheSameHits() throws Exception {
    List<ExtractedArticle> articles = corpus();
    assertTrue(articles.size() >= 10);
    Path dir = indexBoth(corpusFiles(), articles, "kiji-corpus");
    List<String> wrong = compare(dir, "kiji-corpus", CORPUS_QUERIES);
    assertTrue(String.join("\n", wrong), wrong.isEmpty());
  }

  public void testLivedoorSubsetQueriesGiveTheSameHits() throws Exception {
    Path text = projectRoot().resolve("../shared/corpus/livedoor-ldcc/text").normalize();
    assumeTrue("livedoor corpus not found at " + text, Files.isDirectory(text));
    List<Path> files = new ArrayList<>();
    try (Stream<Path> categories = Files.list(text)) {
      for (Path c : categories.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> s = Files.list(c)) {
          s.filter(p -> p.getFileName().toString().matches(".*-\\d+\\.txt")).sorted().limit(40).forEach(files::add);
        }
      }
    }
    List<ExtractedArticle> articles = analyse(files);
    Path dir = indexBoth(files, articles, "kiji-livedoor");
    List<String> wrong = compare(dir, "kiji-livedoor", LIVEDOOR_QUERIES);
    assertTrue(String.join("\n", wrong), wrong.isEmpty());
    titleWordProbe(dir, "kiji-livedoor", articles);
  }

  /**
   * Many words not chosen by hand: every kanji run (2+ chars) and katakana run (3+ chars) of the
   * titles, each run as a query on both backends. Differences are printed with their ids; they
   * come from tokenization (search mode over the sentence vs. over the normal-mode compound),
   * and must stay rare.
   */
  private void titleWordProbe(Path dir, String index, List<ExtractedArticle> articles) throws Exception {
    java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\p{IsHan}{2,}|[\\p{IsKatakana}ー]{3,}");
    java.util.SortedSet<String> words = new java.util.TreeSet<>();
    for (ExtractedArticle a : articles) {
      java.util.regex.Matcher m = word.matcher(a.article().title());
      while (m.find()) {
        words.add(m.group());
      }
    }
    StringBuilder rows = new StringBuilder();
    words.forEach(w -> rows.append(w).append(" | same\n"));
    List<String> differ = compare(dir, index, rows.toString());
    double rate = differ.size() / (double) words.size();
    System.out.printf(Locale.ROOT, "PROBE %d title words, %d differ (%.1f%%)%n", words.size(), differ.size(), 100 * rate);
    assertTrue(words.size() > 100);
    assertTrue(String.join("\n", differ), rate <= 0.05);
  }

  public void testFacetsAndSnippetsAgree() throws Exception {
    Path dir = indexBoth(corpusFiles(), corpus(), "kiji-facets");
    try (ArticleSearcher embedded = ArticleSearcher.open(dir);
        Searcher remote = new OpenSearchSearcher(new OpenSearchClient(httpUrl()), "kiji-facets")) {
      for (String q : List.of("type:COUNTRY", "支援", "published:2025")) {
        assertEquals(q, embedded.search(q, 5, 0, true).facets(), remote.search(q, 5, 0, true).facets());
      }
      SearchResult r = remote.search("支援", 3, 1, false);
      assertEquals(2, r.hits().get(0).rank());
      for (Hit h : r.hits()) {
        assertTrue(h.snippet(), h.snippet().contains("«支援»"));
        assertTrue(h.snippetHtml(), h.snippetHtml().contains("<mark>支援</mark>"));
      }
    }
  }

  public void testReindexingReplacesDocuments() throws Exception {
    List<ExtractedArticle> articles = corpus();
    indexBoth(corpusFiles(), articles, "kiji-twice");
    try (OpenSearchClient client = new OpenSearchClient(httpUrl())) {
      OpenSearchIndexer again = new OpenSearchIndexer(client, "kiji-twice");
      for (ExtractedArticle a : articles) {
        again.accept(a);
      }
      again.close();
      assertEquals(articles.size(), client.send("GET", "/kiji-twice/_count", (com.fasterxml.jackson.databind.JsonNode) null)
          .path("count").asInt());
    }
  }

  public void testRejectedDocumentsAreReportedOneByOne() throws Exception {
    try (OpenSearchClient client = new OpenSearchClient(httpUrl())) {
      OpenSearchIndexer indexer = new OpenSearchIndexer(client, "kiji-errors", 1, 0);
      indexer.add("good", OpenSearchClient.MAPPER.createObjectNode().put("id", "good").put("title", "見出し"));
      indexer.add("bad", OpenSearchClient.MAPPER.createObjectNode().put("id", "bad").put("no_such_field", 1));
      indexer.add("bad-date", OpenSearchClient.MAPPER.createObjectNode().put("id", "bad-date").put("published", "昨日"));
      indexer.close();
      assertEquals(1, indexer.documents());
      assertEquals(2, indexer.errors().size());
      assertTrue(indexer.errors().toString(), indexer.errors().get(0).startsWith("bad: strict_dynamic_mapping_exception"));
      assertTrue(indexer.errors().toString(), indexer.errors().get(1).startsWith("bad-date: mapper_parsing_exception"));
    }
  }

  public void testAnalyzeCommandIndexesIntoOpenSearch() throws Exception {
    Path tmp = createTempDir();
    String url = httpUrl();
    java.io.StringWriter o = new java.io.StringWriter();
    java.io.StringWriter e = new java.io.StringWriter();
    int code = dev.kiji.cli.Main.run(new java.io.PrintWriter(o), new java.io.PrintWriter(e), "analyze",
        "--corpus", projectRoot().resolve("corpus").toString(), "--index", tmp.resolve("index").toString(),
        "--out", tmp.resolve("reports").toString(), "--threads", "2",
        "--opensearch", url, "--opensearch-index", "kiji-analyze");
    assertEquals(e.toString(), 0, code);
    int n = corpus().size();
    assertTrue(o.toString(), o.toString().contains("opensearch: " + n + " documents in " + url + "/kiji-analyze, 0 rejected"));
    try (OpenSearchClient client = new OpenSearchClient(url)) {
      assertEquals(n, client.send("GET", "/kiji-analyze/_count", (com.fasterxml.jackson.databind.JsonNode) null)
          .path("count").asInt());
    }
  }

  public void testSearchCommandPrintsTheSameIds() throws Exception {
    Path dir = indexBoth(corpusFiles(), corpus(), "kiji-cli");
    Map<String, String> out = new TreeMap<>();
    for (String backend : List.of("embedded", "opensearch")) {
      java.io.StringWriter o = new java.io.StringWriter();
      java.io.StringWriter e = new java.io.StringWriter();
      String[] args = backend.equals("embedded")
          ? new String[] {"search", "--index", dir.toString(), "--format", "csv", "--limit", "50", "party:米国 OR 関税"}
          : new String[] {"search", "--opensearch", httpUrl(), "--opensearch-index", "kiji-cli", "--format", "csv",
              "--limit", "50", "party:米国 OR 関税"};
      int code = dev.kiji.cli.Main.run(new java.io.PrintWriter(o), new java.io.PrintWriter(e), args);
      assertEquals(e.toString(), 0, code);
      out.put(backend, o.toString().lines().skip(1).map(l -> l.split(",")[2]).sorted().collect(Collectors.joining(" ")));
    }
    assertFalse(out.get("embedded").isEmpty());
    assertEquals(out.get("embedded"), out.get("opensearch"));
  }
}
