package dev.kiji.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kiji} command line. Tests call {@link #run(PrintWriter, PrintWriter, String...)} with
 * their own writers; only {@link #main(String[])} exits the JVM.
 *
 * <p>Exit codes: 0 success; 1 the run finished but some input failed (listed in errors.csv or on
 * stderr); 2 usage error; 3 the run itself failed (I/O error on the output, no input at all).
 */
@Command(
    name = "kiji",
    mixinStandardHelpOptions = true,
    version = "kiji 0.1.0",
    description = "Search and count Japanese news articles: amounts, dates, durations, parties.",
    subcommands = {
      AnalyzeCommand.class,
      ReportCommand.class,
      SearchCommand.class,
      ServeCommand.class,
      ExtractCommand.class,
      TokensCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Exit code: everything went well. */
  public static final int OK = 0;
  /** Exit code: the run completed but some inputs failed (see errors.csv / stderr). */
  public static final int SOME_INPUT_FAILED = 1;
  /** Exit code: bad command line. */
  public static final int USAGE = 2;
  /** Exit code: the run could not complete. */
  public static final int FAILED = 3;

  /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
  private static final java.util.logging.Logger QUIET_LUCENE =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs kiji with the given writers and returns the exit code; never exits the JVM. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    // every subcommand answers --help and --version too
    cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          err.println("kiji: error: " + ex.getMessage());
          err.flush();
          return FAILED;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Subcommands that tokenize: for them the dictionaries load while the command line is parsed. */
  private static final java.util.Set<String> TOKENIZING =
      java.util.Set.of("extract", "analyze", "tokens", "search", "serve", "bench");

  /** Loads the tokenizer's dictionaries; a failure is left for the command to meet and report. */
  private static void preload() {
    try {
      dev.kiji.analyze.Analysis.analyze("日本");
    } catch (Throwable e) { // NOPMD: the command thread gets the same error and reports it
      // nothing to do here
    }
  }

  public static void main(String[] args) {
    if (args.length > 0 && TOKENIZING.contains(args[0])) {
      // Kuromoji's dictionaries take the largest part of start-up; load them on the other core
      // while picocli and the extractors' lexicons load here (class initialisation is thread-safe:
      // whoever needs them first waits for this thread)
      Thread.ofPlatform().daemon().name("kiji-preload").start(Main::preload);
    }
    // Lucene says at WARNING level that the incubating Vector API is not enabled; kiji does not
    // use vectors, so keep that line off the user's terminal.
    QUIET_LUCENE.setLevel(java.util.logging.Level.SEVERE);
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }
}
