package dev.kiji.bench;

import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.AnalyzedText;
import dev.kiji.analyze.IndexAnalyzer;
import dev.kiji.analyze.IndexTokens;
import dev.kiji.extract.ExtractionContext;
import dev.kiji.extract.Extractors;
import dev.kiji.ingest.Article;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The floor under issue 9's targets: CPU seconds (this thread's, merges included) of the least any
 * pipeline that tokenizes once and indexes must do, against the bare tokenizer of {@code kiji bench}
 * (a), over the same livedoor texts, round after round:
 *
 * <ul>
 *   <li>bare: {@code JapaneseTokenizer}, normal mode, reading term, base form, POS and reading;
 *   <li>floor: NFKC + the one Kuromoji pass into kiji's tokens ({@link Analysis#analyze}), the
 *       index tokens, and an index of the body field alone (positions and offsets for
 *       highlighting, nothing stored, no other field), committed;
 *   <li>floor + extractors: the same plus kiji's four extractors.
 * </ul>
 *
 * <p>The ratios printed are the best throughput ratios (b)/(a) such a pipeline could reach on one
 * thread; everything else kiji's analyze does (stored text, title, readings, mentions, reports,
 * duplicates, file documents) only adds to it. Arguments: rounds, articles (0 = all).
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.kiji.bench.PipelineFloor -Dbench.args="4 0"
 * </pre>
 */
public final class PipelineFloor {

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  private PipelineFloor() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    List<Article> articles = LivedoorTexts.articles(limit);
    System.out.printf("%d articles, %.2f MB UTF-8; CPU seconds of this thread%n",
        articles.size(), LivedoorTexts.utf8Bytes(articles) / 1e6);
    System.out.println("round    bare   floor  +extract   floor/bare  (floor+extract)/bare  => best ratio (b)/(a)");
    Extractors extractors = Extractors.defaults();
    for (int r = 1; r <= rounds; r++) {
      double bare = bare(articles);
      double floor = floor(articles, null);
      double withExtract = floor(articles, extractors);
      System.out.printf("%5d %7.2f %7.2f %9.2f %12.2f %21.2f      %.2f / %.2f%n",
          r, bare, floor, withExtract, floor / bare, withExtract / bare, bare / floor, bare / withExtract);
    }
  }

  private static double bare(List<Article> articles) throws IOException {
    JapaneseTokenizer tok = new JapaneseTokenizer(Analysis.userDictionary(), false, true, JapaneseTokenizer.Mode.NORMAL);
    long c0 = MX.getCurrentThreadCpuTime();
    long sink = AnalysisCpu.bare(tok, articles, true);
    double s = (MX.getCurrentThreadCpuTime() - c0) / 1e9;
    return sink < 0 ? -s : s;
  }

  private static double floor(List<Article> articles, Extractors extractors) throws IOException {
    FieldType body = new FieldType();
    body.setTokenized(true);
    body.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    body.freeze();
    long[] sink = new long[1];
    double s = TempIndex.cpuSeconds(w -> {
      for (Article a : articles) {
        AnalyzedText text = Analysis.analyze(a.text());
        IndexTokens tokens = IndexTokens.of(text);
        if (extractors != null) {
          sink[0] += extractors.extract(text, new ExtractionContext(a.published())).size();
        }
        Document d = new Document();
        d.add(new Field("body", IndexAnalyzer.tokenStream(tokens, a.text().length()), body));
        w.addDocument(d);
      }
    });
    return sink[0] < 0 ? -s : s;
  }
}
