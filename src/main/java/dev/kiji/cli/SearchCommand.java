package dev.kiji.cli;

import dev.kiji.search.ArticleSearcher;
import dev.kiji.search.Hit;
import dev.kiji.search.QuerySyntaxException;
import dev.kiji.search.SearchResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiji search}: ranked full-text search with highlighted snippets. */
@Command(
    name = "search",
    description = {
      "Full-text search over the index, with highlighted snippets.",
      "Words are ANDed; \"quoted phrases\", OR, -exclusion and title:word work.",
      "Matches are marked «like this» in the snippets."
    })
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
  int offset;

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
    try (ArticleSearcher searcher = ArticleSearcher.open(index)) {
      SearchResult r = searcher.search(q, limit, offset);
      if (r.totalHits() == 0) {
        out.println("No articles match " + q + ".");
        return Main.OK;
      }
      int last = offset + r.hits().size();
      out.printf(Locale.ROOT, "%d articles match %s (showing %d-%d)%n", r.totalHits(), q,
          Math.min(offset + 1, last), last);
      for (Hit h : r.hits()) {
        out.println();
        out.printf(Locale.ROOT, "%d. %s%n", h.rank(), h.title());
        out.printf(Locale.ROOT, "   %s  %s%s  score %.2f%n", h.published() == null ? "(no date)" : h.published(),
            h.path(), h.source() == null ? "" : "  " + h.source(), h.score());
        if (!h.snippet().isEmpty()) {
          out.println("   " + h.snippet());
        }
      }
      return Main.OK;
    } catch (QuerySyntaxException e) {
      err.println("kiji search: error: " + e.getMessage());
      return Main.USAGE;
    } catch (IOException e) {
      err.println("kiji search: error: " + e.getMessage());
      return Main.FAILED;
    }
  }
}
