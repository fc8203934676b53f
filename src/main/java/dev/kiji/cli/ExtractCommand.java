package dev.kiji.cli;

import dev.kiji.analyze.Analysis;
import dev.kiji.extract.CodePoints;
import dev.kiji.extract.ExtractionContext;
import dev.kiji.extract.Extractor;
import dev.kiji.extract.Extractors;
import dev.kiji.extract.Mention;
import dev.kiji.report.Csv;
import dev.kiji.report.MentionJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kiji extract}: mentions of raw UTF-8 text as JSON Lines (the contract of DESIGN.md) or
 * CSV. Offsets are code points into the input as given; a leading byte order mark is not part of
 * the text.
 */
@Command(
    name = "extract",
    description = {
      "Print the mentions in raw text as JSON Lines (or CSV).",
      "Amounts, dates, durations and parties; one JSON object per mention.",
      "Offsets are code points into the input as given (end exclusive)."
    })
final class ExtractCommand implements Callable<Integer> {

  enum Format { jsonl, csv }

  @Spec CommandSpec spec;

  @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
      description = "Date that relative expressions (昨年, 先月13日) are resolved against.")
  LocalDate referenceDate;

  @Option(names = "--lines", description = "Every input line is its own document; doc is the 1-based line number.")
  boolean lines;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or csv.")
  Format format;

  @Parameters(paramLabel = "FILE", description = "UTF-8 text files; - or none for standard input.")
  List<String> files = List.of();

  private static final String[] CSV_HEADER = {
    "doc", "type", "subtype", "start", "end", "surface", "value", "unit", "canonical", "mod", "role"
  };

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "Extra party lexicon in the parties.tsv format (repeatable; bad lines exit 2).")
  List<Path> lexicons = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Extractor extractor = LexiconOption.extractors("extract", lexicons, err);
    if (extractor == null) {
      return Main.USAGE;
    }
    ExtractionContext context = new ExtractionContext(referenceDate);
    List<String> inputs = files.isEmpty() ? List.of("-") : files;
    CSVPrinter csv = format == Format.csv ? new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get()) : null;
    int failed = 0;
    for (String input : inputs) {
      String text;
      try {
        text = read(input);
      } catch (NoSuchFileException e) {
        err.println(input + ": error: no such file");
        failed++;
        continue;
      } catch (IOException e) {
        err.println(input + ": error: " + e.getMessage());
        failed++;
        continue;
      }
      if (!lines) {
        emit(input, text, extractor, context, out, csv);
        continue;
      }
      String[] ls = text.split("\n", -1);
      int n = ls.length - (text.endsWith("\n") ? 1 : 0);
      for (int i = 0; i < n; i++) {
        String line = ls[i].endsWith("\r") ? ls[i].substring(0, ls[i].length() - 1) : ls[i];
        String doc = inputs.size() > 1 ? input + ":" + (i + 1) : Integer.toString(i + 1);
        emit(doc, line, extractor, context, out, csv);
      }
    }
    if (csv != null) {
      csv.flush();
    }
    out.flush();
    return failed > 0 ? Main.SOME_INPUT_FAILED : Main.OK;
  }

  private static void emit(String doc, String text, Extractor extractor, ExtractionContext context,
      PrintWriter out, CSVPrinter csv) throws IOException {
    List<Mention> mentions = extractor.extract(Analysis.analyze(text), context);
    CodePoints cp = CodePoints.of(text);
    for (Mention m : mentions) {
      if (csv == null) {
        out.println(MentionJson.line(doc, m, cp));
      } else {
        csv.printRecord(Csv.cell(doc), m.type(), Csv.cell(m.subtype()), cp.index(m.start()), cp.index(m.end()),
            Csv.cell(m.surface()), Csv.cell(m.value()), Csv.cell(m.unit()), Csv.cell(m.canonical()),
            Csv.cell(m.mod()), Csv.cell(m.role()));
      }
    }
  }

  private static String read(String input) throws IOException {
    byte[] bytes;
    if (input.equals("-")) {
      try (InputStream in = System.in) {
        bytes = in.readAllBytes();
      }
    } else {
      bytes = Files.readAllBytes(Path.of(input));
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not valid UTF-8 (kiji extract reads UTF-8 text; use kiji analyze for other encodings)");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
