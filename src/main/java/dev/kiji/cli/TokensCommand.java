package dev.kiji.cli;

import dev.kiji.analyze.AnalyzedText;
import dev.kiji.analyze.Analysis;
import dev.kiji.analyze.Token;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kiji tokens TEXT}: shows how the extraction chain tokenizes a text (for debugging). */
@Command(name = "tokens", description = "Show the tokens of the extraction chain for TEXT.")
final class TokensCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TEXT", description = "Text to tokenize.", arity = "1..*")
  String[] text;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    AnalyzedText t = Analysis.analyze(String.join(" ", text));
    for (Token tok : t.tokens()) {
      out.printf(
          java.util.Locale.ROOT,
          "%d-%d\t%s\t%s\t%s\t%s%n",
          tok.start(),
          tok.end(),
          tok.surface(),
          tok.partOfSpeech(),
          tok.baseForm(),
          tok.reading() == null ? "(unknown)" : tok.reading());
    }
    return Main.OK;
  }
}
