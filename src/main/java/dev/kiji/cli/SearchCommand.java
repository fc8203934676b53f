package dev.kiji.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kiji.opensearch.OpenSearchClient;
import dev.kiji.opensearch.OpenSearchSearcher;
import dev.kiji.report.Csv;
import dev.kiji.search.ArticleSearcher;
import dev.kiji.search.Facets;
import dev.kiji.search.Hit;
import dev.kiji.search.QuerySyntaxException;
import dev.kiji.search.SearchResult;
import dev.kiji.search.Searcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiji search}: ranked full-text search with highlighted snippets, filters and facets. */
@Command(
    name = "search",
    description = {
      "Full-text search over the index, with highlighted snippets.",
      "Words are ANDed; \"quoted phrases\", OR, -exclusion and title:word work.",
      "Filters: party:岸田文雄  type:PERSON  published:2024-01..2024-06  amount>=1億円  reading:きしだ.",
      "A word that names a known party (アメリカ) also finds articles about that party (米国).",
      "Matches are marked «like this» in the snippets."
    })
final class SearchCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { text, json, csv }

  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--opensearch", paramLabel = "URL",
      description = "Search this OpenSearch cluster (e.g. http://localhost:9200) instead of the index folder.")
  String opensearch;

  @Option(names = "--opensearch-index", paramLabel = "NAME", defaultValue = "kiji",
      description = "OpenSearch index name (default: ${DEFAULT-VALUE}).")
  String opensearchIndex;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "text",
      description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--facets", description = "Also count top parties, months and sources over all hits.")
  boolean facets;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query; several arguments are joined by spaces.")
  List<String> query;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String q = String.join(" ", query);
    if (limit < 1 || offset < 0) {
      err.println("kiji search: error: --limit must be at least 1 and --offset at least 0");
      return Main.USAGE;
    }
    try (Searcher searcher = opensearch == null ? ArticleSearcher.open(index)
        : new OpenSearchSearcher(new OpenSearchClient(opensearch), opensearchIndex)) {
      SearchResult r = searcher.search(q, limit, offset, facets);
      switch (format) {
        case json -> json(r, out);
        case csv -> csv(r, out);
        default -> text(r, out);
      }
      return Main.OK;
    } catch (QuerySyntaxException e) {
      err.println("kiji search: error: " + e.getMessage());
      return Main.USAGE;
    } catch (IOException e) {
      err.println("kiji search: error: " + e.getMessage());
      return Main.FAILED;
    } catch (IllegalArgumentException e) {
      err.println("kiji search: error: --opensearch: " + e.getMessage());
      return Main.USAGE;
    }
  }

  private void text(SearchResult r, PrintWriter out) {
    if (r.totalHits() == 0) {
      out.println("No articles match " + r.query() + ".");
    } else {
      int last = offset + r.hits().size();
      out.printf(Locale.ROOT, "%d articles match %s (showing %d-%d)%n", r.totalHits(), r.query(),
          Math.min(offset + 1, last), last);
    }
    for (Hit h : r.hits()) {
      out.println();
      out.printf(Locale.ROOT, "%d. %s%n", h.rank(), h.title());
      out.printf(Locale.ROOT, "   %s  %s%s  score %.2f%n", h.published() == null ? "(no date)" : h.published(),
          h.path(), h.source() == null ? "" : "  " + h.source(), h.score());
      if (!h.snippet().isEmpty()) {
        out.println("   " + h.snippet());
      }
    }
    if (facets && r.totalHits() > 0) {
      out.println();
      out.println("parties: " + counts(r.facets().parties()));
      out.println("months:  " + counts(r.facets().months()));
      out.println("sources: " + counts(r.facets().sources()));
    }
  }

  private static String counts(List<Facets.Count> counts) {
    if (counts.isEmpty()) {
      return "-";
    }
    StringBuilder b = new StringBuilder();
    for (Facets.Count c : counts) {
      b.append(b.isEmpty() ? "" : ", ").append(c.value()).append(" (").append(c.count()).append(')');
    }
    return b.toString();
  }

  private void json(SearchResult r, PrintWriter out) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    java.util.Map<String, Object> doc = new java.util.LinkedHashMap<>();
    doc.put("query", r.query());
    doc.put("totalHits", r.totalHits());
    doc.put("offset", r.offset());
    doc.put("hits", r.hits());
    if (facets) {
      doc.put("facets", r.facets());
    }
    out.println(mapper.writeValueAsString(doc));
  }

  /** Hits as CSV; with --facets, a second table (facet,value,count) after an empty line. */
  private void csv(SearchResult r, PrintWriter out) throws IOException {
    CSVFormat fmt = CSVFormat.RFC4180.builder()
        .setHeader("rank", "score", "id", "title", "published", "source", "path", "snippet").get();
    CSVPrinter p = new CSVPrinter(out, fmt);
    for (Hit h : r.hits()) {
      p.printRecord(h.rank(), String.format(Locale.ROOT, "%.4f", h.score()), h.id(), Csv.cell(h.title()),
          h.published(), Csv.cell(h.source()), Csv.cell(h.path()), Csv.cell(h.snippet()));
    }
    p.flush();
    if (facets) {
      out.print("\r\n");
      CSVPrinter f = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("facet", "value", "count").get());
      for (Facets.Count c : r.facets().parties()) {
        f.printRecord("party", Csv.cell(c.value()), c.count());
      }
      for (Facets.Count c : r.facets().months()) {
        f.printRecord("month", c.value(), c.count());
      }
      for (Facets.Count c : r.facets().sources()) {
        f.printRecord("source", Csv.cell(c.value()), c.count());
      }
      f.flush();
    }
  }
}
