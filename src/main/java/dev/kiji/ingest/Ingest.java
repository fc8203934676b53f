package dev.kiji.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ingest stage: files in, {@link Article}s and {@link InputError}s out. Never throws for bad
 * input: every file is either read into at least one article or reported with a reason.
 *
 * <pre>{@code
 * IngestResult r = Ingest.readAll(List.of(Path.of("corpus")));
 * r.articles().forEach(a -> System.out.println(a.id() + " " + a.title()));
 * r.errors().forEach(e -> System.err.println(e.path() + ": error: " + e.reason()));
 * }</pre>
 *
 * <p>Streaming, for dumps of any size:
 *
 * <pre>{@code
 * try (ArticleStream s = Ingest.open(Path.of("dump.jsonl.gz"), IngestOptions.DEFAULTS)) {
 *   s.forEachRemaining(i -> ...); // Ingested: an article (with warnings) or an error
 * }
 * }</pre>
 *
 * <p>Per file: gzip by its magic bytes (decompressed under the limits of {@link IngestOptions}),
 * {@code empty file}, binary rejection and charset detection on the first {@value #HEAD} bytes
 * ({@link TextDecoder}), cleaning ({@link TextCleaner}: BOM out, CRLF/CR to LF, control
 * characters out), then the format by content, with the extension as a hint:
 *
 * <ol>
 *   <li>starts like JSON ({@code {"}, {@code [{}, or any {@code {}/{@code [} in a .json, .jsonl
 *       or .ndjson file): JSON Lines ({@link JsonLinesStream}) when the first line is a complete
 *       value, else a JSON document, array or one pretty-printed object ({@link
 *       JsonDocumentStream}); a text file whose title starts with {@code [速報]} stays text;
 *   <li>markup that starts like HTML ({@code <!DOCTYPE html>}, {@code <html>}, {@code <meta>}...),
 *       or an .html/.htm/.xhtml file with HTML tags: HTML ({@link HtmlReader});
 *   <li>.csv/.tsv, or a first line of comma- or tab-separated cells naming a title or body field
 *       of {@link FieldNames}: CSV ({@link CsvStream});
 *   <li>bare URL line, timestamp line, title: livedoor ({@link PlainTextReaders});
 *   <li>anything else: the scraped plain-text layout ({@link PlainTextReaders}).
 * </ol>
 *
 * <p>Record formats are read one record at a time; text and HTML files whole (up to {@link
 * IngestOptions#maxFileBytes()}).
 *
 * <p>Paths are shown as given (relative stays relative) with {@code /} as separator on every OS,
 * so path-based ids are the same on every machine.
 */
public final class Ingest {

  /**
   * Single-article files (text, HTML) larger than this (64 MiB) are rejected with {@code file too
   * large}; record files (JSON Lines, JSON arrays, CSV) have no size limit. See {@link
   * IngestOptions}.
   */
  public static final long MAX_BYTES = IngestOptions.DEFAULTS.maxFileBytes();

  /**
   * Extensions {@link #walk} picks up inside folders (lower case, no dot), each also with {@code
   * .gz} after it; a bare {@code name.gz} is picked up too.
   */
  public static final Set<String> EXTENSIONS =
      Set.of("txt", "text", "html", "htm", "xhtml", "jsonl", "json", "ndjson", "csv", "tsv");

  /** Bytes of (decompressed) content looked at to find the charset and the format. */
  static final int HEAD = 1 << 16;

  private static final Pattern HTML_START =
      Pattern.compile(
          "(?is)\\A\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|article|main|div|p|h1|section|link|script)\\b");
  private static final Pattern JSON_START = Pattern.compile("\\A\\s*(?:\\{\\s*[\"}]|\\[\\s*[{\\]])");
  private static final Pattern HTML_TAG =
      Pattern.compile("(?i)<(?:html|head|body|article|main|div|p|h1|h2|title|meta)\\b[^>]*>");

  private Ingest() {}

  /**
   * Lists the input files under {@code roots} in a deterministic order: roots in the order given,
   * each folder's files sorted by relative path ({@code /}-separated, code-point order), duplicates
   * dropped.
   *
   * <p>Inside folders it skips hidden files and folders (name starting with {@code .}), {@code
   * LICENSE*}, {@code COPYING*}, {@code README*}, {@code CHANGES*}, and files whose extension is
   * not in {@link #EXTENSIONS} (optionally followed by {@code .gz}; no guessing by content: a
   * folder of articles often holds notes, images or scripts). A root that names a file is always
   * kept, whatever its name: the user asked for it, and {@link #read} reports it if it cannot be
   * read. A missing root, a sub-folder that cannot be listed, or a broken symbolic link with an
   * input extension is kept too, so that {@link #read} reports it.
   *
   * <p>Symbolic links are followed; a file reached twice (through a link to it or to a folder
   * holding it) is listed once, under its first path in this order, and a link back to an
   * ancestor folder is not entered (the walk detects the cycle), so loops cannot hang the walk.
   * Weakness: a folder reached through several links is listed once per path before the
   * duplicates are dropped, so many links to big folders cost time.
   */
  public static List<Path> walk(List<Path> roots) {
    Set<Path> out = new LinkedHashSet<>();
    Set<Object> seen = new HashSet<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        out.add(root);
        continue;
      }
      List<Path> found = new ArrayList<>();
      try {
        Files.walkFileTree(
            root,
            EnumSet.of(FileVisitOption.FOLLOW_LINKS),
            Integer.MAX_VALUE,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && isHidden(dir)
                    ? FileVisitResult.SKIP_SUBTREE
                    : FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if ((attrs.isRegularFile() || attrs.isSymbolicLink()) && isInput(file)) {
                  found.add(file);
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!(e instanceof FileSystemLoopException)) {
                  found.add(file);
                }
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        found.add(root);
      }
      found.sort((a, b) -> display(root.relativize(a)).compareTo(display(root.relativize(b))));
      for (Path f : found) {
        if (seen.add(fileKey(f))) {
          out.add(f);
        }
      }
    }
    return List.copyOf(out);
  }

  /** {@link #walk} the roots, then {@link #read} every file, results in walk order. */
  public static IngestResult readAll(List<Path> roots) {
    return readAll(roots, IngestOptions.DEFAULTS);
  }

  /** {@link #walk} the roots, then {@link #read} every file with {@code options}, in walk order. */
  public static IngestResult readAll(List<Path> roots, IngestOptions options) {
    IngestResult.Builder out = new IngestResult.Builder();
    for (Path file : walk(roots)) {
      out.addAll(read(file, options));
    }
    return out.build();
  }

  /** Reads one file into its article(s), or errors saying why not; all in memory. */
  public static IngestResult read(Path file) {
    return read(file, IngestOptions.DEFAULTS);
  }

  /**
   * Reads one file into its article(s) with {@code options}; holds them all in memory, so for big
   * record files prefer {@link #open(Path, IngestOptions)}.
   */
  public static IngestResult read(Path file, IngestOptions options) {
    try (ArticleStream s = open(file, options)) {
      return drain(s);
    }
  }

  /**
   * Reads content that did not come from a file of its own (standard input, an archive entry).
   *
   * @param path the name to show and to derive ids from; its extension is used as a hint
   */
  public static IngestResult read(String path, byte[] content) {
    return read(path, content, IngestOptions.DEFAULTS);
  }

  /** {@link #read(String, byte[])} with {@code options}. */
  public static IngestResult read(String path, byte[] content, IngestOptions options) {
    try (ArticleStream s = open(path, new ByteArrayInputStream(content), content.length, options)) {
      return drain(s);
    }
  }

  /**
   * Opens one file as a stream of its articles, read one record at a time for record formats
   * (JSON Lines, JSON arrays, CSV, gzip of any format), so a file of any size is read in bounded
   * memory. Reads the first {@value #HEAD} bytes now (after decompression) to find the charset and
   * the format; never throws: a file that cannot be opened gives a stream of one error.
   */
  public static ArticleStream open(Path file, IngestOptions options) {
    String path = display(file);
    try {
      if (Files.isDirectory(file)) {
        return SingleStream.failed(path, "is a directory");
      }
      long size = Files.size(file);
      return open(path, Files.newInputStream(file), size, options);
    } catch (NoSuchFileException e) {
      return SingleStream.failed(path, Files.isSymbolicLink(file) ? "broken symbolic link" : "no such file");
    } catch (AccessDeniedException e) {
      return SingleStream.failed(path, "cannot read: permission denied");
    } catch (IOException | SecurityException e) {
      return SingleStream.failed(path, "cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * Opens content from a stream (closed by the returned stream), as {@link #open(Path,
   * IngestOptions)} does for a file.
   *
   * @param path the name to show and derive ids from; its extension is a hint
   * @param size the content's size in bytes if known, else -1
   */
  public static ArticleStream open(String path, InputStream content, long size, IngestOptions options) {
    InputStream in = content;
    try {
      BufferedInputStream b = new BufferedInputStream(content, 1 << 16);
      in = b;
      b.mark(4);
      byte[] magic = b.readNBytes(2);
      b.reset();
      boolean gzip = GzipGuard.isGzip(magic, magic.length);
      if (gzip) {
        in = GzipGuard.open(b, options);
      }
      return sniff(path, in, gzip, gzip ? -1 : size, options);
    } catch (LimitException e) {
      close(in);
      return SingleStream.failed(path, e.getMessage());
    } catch (IOException | RuntimeException e) {
      close(in);
      String reason = e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException
          ? "corrupt or truncated gzip data: " + e.getMessage()
          : "cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage();
      return SingleStream.failed(path, reason);
    }
  }

  /** The layouts told apart by the head of a file. */
  private enum Kind { JSON_LINES, JSON_DOCUMENT, CSV, TSV, WHOLE }

  private static ArticleStream sniff(String path, InputStream in, boolean gzip, long size, IngestOptions o)
      throws IOException {
    java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
    IOException failure = null;
    try {
      byte[] buf = new byte[8192];
      int n;
      while (got.size() < HEAD && (n = in.read(buf, 0, Math.min(buf.length, HEAD - got.size()))) > 0) {
        got.write(buf, 0, n);
      }
    } catch (LimitException e) {
      throw e;
    } catch (IOException e) {
      if (got.size() == 0) {
        throw e;
      }
      failure = e; // a truncated .gz: read what is there, then report the cut
    }
    byte[] head = got.toByteArray();
    if (failure != null) {
      IOException cause = failure;
      in.close();
      in = new InputStream() {
        @Override
        public int read() throws IOException {
          throw cause;
        }
      };
    }
    if (head.length == 0) {
      in.close();
      return SingleStream.failed(path, gzip ? "empty file (after gzip decompression)" : "empty file");
    }
    String name = gzip && path.toLowerCase(Locale.ROOT).endsWith(".gz") ? path.substring(0, path.length() - 3) : path;
    String ext = extension(name);
    InputStream all = new SequenceInputStream(new ByteArrayInputStream(head), in);
    boolean utf16 = (head[0] & 0xFF) == 0xFF && head.length > 1 && (head[1] & 0xFF) == 0xFE
        || (head[0] & 0xFF) == 0xFE && head.length > 1 && (head[1] & 0xFF) == 0xFF;
    if (!utf16) {
      try {
        // NUL padding at the end of a small file (a preallocated, cut download) is not binary
        TextDecoder.rejectBinary(head.length < HEAD ? java.util.Arrays.copyOf(head, head.length - trailingNuls(head)) : head);
      } catch (InputException e) {
        in.close();
        return SingleStream.failed(path, e.reason());
      }
      boolean complete = head.length < HEAD;
      TextDecoder.Decoded d;
      try {
        d = TextDecoder.decode(complete ? head : cut(head), isHtmlExt(ext));
      } catch (InputException e) {
        // undecodable as a whole: records may still be, line by line (the whole-file path reports the rest)
        d = new TextDecoder.Decoded(new String(head, StandardCharsets.UTF_8), "UTF-8", null);
      }
      {
        String text = TextCleaner.clean(d.text());
        Charset cs = Charset.forName(d.charset());
        String suffix = gzip ? "+gzip" : "";
        switch (kind(text, ext, complete, o.fields())) {
          case JSON_LINES -> {
            return new JsonLinesStream(path, all, cs, gzip, Format.JSONL.id() + suffix, o);
          }
          case JSON_DOCUMENT -> {
            return new JsonDocumentStream(path, all, cs, gzip, Format.JSONL.id() + suffix, o);
          }
          case CSV, TSV -> {
            char delimiter = kind(text, ext, complete, o.fields()) == Kind.TSV ? '\t' : ',';
            return new CsvStream(path, all, cs, delimiter, gzip, Format.CSV.id() + suffix, o);
          }
          case WHOLE -> {}
        }
      }
    }
    return new SingleStream(path, all, ext, gzip, size, o);
  }

  private static Kind kind(String head, String ext, boolean complete, FieldNames fields) {
    String lead = head.stripLeading();
    boolean jsonExt = ext.equals("json") || ext.equals("jsonl") || ext.equals("ndjson");
    if (JSON_START.matcher(head).lookingAt() || jsonExt && (lead.startsWith("{") || lead.startsWith("["))) {
      if (lead.startsWith("[")) {
        return Kind.JSON_DOCUMENT;
      }
      int nl = lead.indexOf('\n');
      String first = (nl < 0 ? lead : lead.substring(0, nl)).strip();
      if (nl >= 0 && parses(first) || nl < 0 && !complete) {
        return Kind.JSON_LINES;
      }
      if (complete && parses(lead) || !complete && first.equals("{")) {
        return Kind.JSON_DOCUMENT;
      }
      return Kind.JSON_LINES;
    }
    if (HTML_START.matcher(head).lookingAt() || isHtmlExt(ext) && HTML_TAG.matcher(head).find()) {
      return Kind.WHOLE;
    }
    if (ext.equals("csv")) {
      return Kind.CSV;
    }
    if (ext.equals("tsv")) {
      return Kind.TSV;
    }
    return csvHeader(head, fields);
  }

  /**
   * CSV or TSV when the first line is a header naming a title or body field (every cell short,
   * none a sentence with 。 or 、), else WHOLE.
   */
  private static Kind csvHeader(String head, FieldNames fields) {
    int nl = head.indexOf('\n');
    String first = nl < 0 ? head : head.substring(0, nl);
    long tabs = first.chars().filter(c -> c == '\t').count();
    long commas = first.chars().filter(c -> c == ',').count();
    if (tabs == 0 && commas == 0 || first.length() > 4096) {
      return Kind.WHOLE;
    }
    char delimiter = tabs > commas ? '\t' : ',';
    Set<String> known = new HashSet<>();
    for (String n : fields.title()) {
      known.add(n.toLowerCase(Locale.ROOT));
    }
    for (String n : fields.body()) {
      known.add(n.toLowerCase(Locale.ROOT));
    }
    boolean match = false;
    for (String cell : first.split(Pattern.quote(String.valueOf(delimiter)), -1)) {
      String c = cell.strip();
      if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
        c = c.substring(1, c.length() - 1).strip();
      }
      if (c.length() > 64 || c.indexOf('。') >= 0 || c.indexOf('、') >= 0) {
        return Kind.WHOLE; // a sentence, not a header
      }
      match |= known.contains(c.toLowerCase(Locale.ROOT));
    }
    return !match ? Kind.WHOLE : delimiter == '\t' ? Kind.TSV : Kind.CSV;
  }

  private static boolean parses(String json) {
    try {
      Json.MAPPER.readTree(json);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** The head up to its last line end (else without a cut multi-byte tail), for charset sniffing. */
  private static byte[] cut(byte[] head) {
    int end = head.length;
    for (int i = head.length - 1; i >= head.length / 2; i--) {
      if (head[i] == '\n') {
        return java.util.Arrays.copyOf(head, i + 1);
      }
    }
    while (end > 0 && (head[end - 1] & 0xC0) == 0x80 && head.length - end < 3) {
      end--;
    }
    if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
      end--;
    }
    return java.util.Arrays.copyOf(head, end);
  }

  /** Collects a stream into a result (articles, errors, warnings with the article's path). */
  public static IngestResult drain(ArticleStream s) {
    IngestResult.Builder out = new IngestResult.Builder();
    while (s.hasNext()) {
      Ingested i = s.next();
      if (i.error() != null) {
        out.error(i.error().path(), i.error().reason());
      } else {
        for (String w : i.warnings()) {
          out.warning(i.article().path(), w);
        }
        out.article(i.article());
      }
    }
    return out.build();
  }

  /** Decodes and reads the content of a single-article file (text, HTML). */
  static List<Ingested> whole(String path, byte[] content, String ext, boolean gzip, IngestOptions o) {
    if (content.length == 0) {
      return List.of(Ingested.error(path, "empty file"));
    }
    boolean utf16 = content.length > 1 && ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE
        || (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF);
    int nuls = utf16 ? 0 : trailingNuls(content);
    if (nuls == content.length) {
      return List.of(Ingested.error(path, "binary content (NUL bytes)"));
    }
    if (nuls > 0) {
      content = java.util.Arrays.copyOf(content, content.length - nuls);
    }
    try {
      TextDecoder.Decoded d = TextDecoder.decode(content, isHtmlExt(ext));
      List<String> warnings = new ArrayList<>(2);
      if (d.warning() != null) {
        warnings.add(d.warning());
      }
      if (nuls > 0) {
        warnings.add(nuls + " trailing NUL byte(s) removed (padding of a cut download?)");
      }
      String text = TextCleaner.clean(d.text());
      if (text.isBlank()) {
        return List.of(Ingested.error(path, "empty file (only whitespace)"));
      }
      Article a =
          switch (detect(text, ext)) {
            case JSONL, CSV -> null;
            case HTML -> HtmlReader.read(path, text, d.charset());
            case LIVEDOOR -> PlainTextReaders.readLivedoor(path, text, d.charset());
            case SCRAPED_TEXT -> PlainTextReaders.readScraped(path, text, d.charset());
          };
      if (a == null) {
        // records in a charset the head sniffing leaves to this path (UTF-16 with a BOM)
        try (ArticleStream s = open(path, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), -1, o)) {
          List<Ingested> all = new ArrayList<>();
          s.forEachRemaining(i -> all.add(i.article() == null ? i : Ingested.of(withEncoding(i.article(), d.charset()), i.warnings())));
          return all;
        }
      }
      if (a.text().length() > o.maxArticleChars()) {
        return List.of(Ingested.error(path, Records.tooLong(a.text().length(), o)));
      }
      if (gzip) {
        a = new Article(a.id(), a.path(), a.title(), a.published(), a.sourceUrl(), a.text(),
            a.format() + "+gzip", a.encoding());
      }
      return List.of(Ingested.of(a, warnings));
    } catch (InputException e) {
      return List.of(Ingested.error(path, e.reason()));
    } catch (RuntimeException | StackOverflowError e) {
      // a reader bug must not stop the batch; report it against the file
      return List.of(Ingested.error(path, "internal error: " + e));
    }
  }

  /** The length of the run of NUL bytes that ends {@code b}. */
  private static int trailingNuls(byte[] b) {
    int n = 0;
    while (n < b.length && b[b.length - 1 - n] == 0) {
      n++;
    }
    return n;
  }

  private static Article withEncoding(Article a, String encoding) {
    return new Article(a.id(), a.path(), a.title(), a.published(), a.sourceUrl(), a.text(), a.format(), encoding);
  }

  /**
   * Reads one record of a table (a row of a Parquet, CSV or JSON table turned into a JSON object)
   * with the field names and rules of JSON Lines records ({@link FieldNames#DEFAULTS}): one
   * article whose path is {@code path} as given, or an error. Example:
   * {@code readRecord("news.parquet#17", "{\"title\":\"...\",\"body\":\"...\"}")}.
   */
  public static IngestResult readRecord(String path, String json) {
    return readRecord(path, json, IngestOptions.DEFAULTS);
  }

  /** {@link #readRecord(String, String)} with other field names and limits. */
  public static IngestResult readRecord(String path, String json, IngestOptions options) {
    Ingested one;
    try {
      JsonNode node = Json.MAPPER.readTree(json);
      one = node != null && node.isObject()
          ? Records.toArticle(Records.json(node), path, "record", "UTF-8", Format.JSONL.id(), options, List.of())
          : Ingested.error(path, "record: not a JSON object");
    } catch (JsonProcessingException e) {
      one = Ingested.error(path, "malformed JSON record: " + Json.message(e));
    }
    IngestResult.Builder out = new IngestResult.Builder();
    if (one.error() != null) {
      return out.error(path, one.error().reason()).build();
    }
    for (String w : one.warnings()) {
      out.warning(path, w);
    }
    return out.article(one.article()).build();
  }

  static Format detect(String text, String ext) {
    String head = text.length() > 8192 ? text.substring(0, 8192) : text;
    if (JSON_START.matcher(head).lookingAt()
        || (ext.equals("json") || ext.equals("jsonl") || ext.equals("ndjson"))
            && (head.stripLeading().startsWith("{") || head.stripLeading().startsWith("["))) {
      return Format.JSONL;
    }
    if (HTML_START.matcher(head).lookingAt() || isHtmlExt(ext) && HTML_TAG.matcher(head).find()) {
      return Format.HTML;
    }
    if (PlainTextReaders.isLivedoor(text)) {
      return Format.LIVEDOOR;
    }
    return Format.SCRAPED_TEXT;
  }

  private static boolean isHtmlExt(String ext) {
    return ext.equals("html") || ext.equals("htm") || ext.equals("xhtml");
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing to add to the error already reported
    }
  }

  private static Object fileKey(Path f) {
    try {
      Object key = Files.readAttributes(f, BasicFileAttributes.class).fileKey();
      return key != null ? key : f.toRealPath();
    } catch (IOException | SecurityException e) {
      return f.toAbsolutePath().normalize();
    }
  }

  /**
   * True when {@link #walk} would pick up the file at {@code relativePath} (inside a folder given
   * as root, {@code /}-separated): no hidden folder or file on the way, not a LICENSE/README...
   * file, an extension of {@link #EXTENSIONS}. For engines that list folders themselves, such as
   * Spark's {@code binaryFiles}: {@code isInputPath("it-life-hack/a.txt")} is true, {@code
   * isInputPath("it-life-hack/LICENSE.txt")} and {@code isInputPath(".git/a.txt")} are false.
   */
  public static boolean isInputPath(String relativePath) {
    String[] parts = relativePath.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].startsWith(".")) {
        return false;
      }
    }
    return !parts[parts.length - 1].isEmpty() && isInput(Path.of(parts[parts.length - 1]));
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isInput(Path file) {
    String name = file.getFileName().toString();
    String upper = name.toUpperCase(Locale.ROOT);
    if (name.startsWith(".")
        || upper.startsWith("LICENSE")
        || upper.startsWith("LICENCE")
        || upper.startsWith("COPYING")
        || upper.startsWith("README")
        || upper.startsWith("CHANGES")) {
      return false;
    }
    String ext = extension(name);
    if (ext.equals("gz")) {
      String inner = extension(name.substring(0, name.length() - 3));
      return inner.isEmpty() || EXTENSIONS.contains(inner);
    }
    return EXTENSIONS.contains(ext);
  }

  private static String extension(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    int dot = name.lastIndexOf('.');
    return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  private static String display(Path p) {
    String s = p.toString();
    return File.separatorChar == '/' ? s : s.replace(File.separatorChar, '/');
  }
}
