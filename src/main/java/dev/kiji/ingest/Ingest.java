package dev.kiji.ingest;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
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
 * <p>Per file: size check (over {@value #MAX_BYTES} bytes: {@code file too large}), {@code empty
 * file}, charset detection and binary rejection ({@link TextDecoder}), cleaning ({@link
 * TextCleaner}: BOM out, CRLF/CR to LF, control characters out), then the format by content, with
 * the extension as a hint:
 *
 * <ol>
 *   <li>starts like JSON ({@code {"}, {@code [{}, or any {@code {}/{@code [} in a .json, .jsonl
 *       or .ndjson file): JSON Lines ({@link JsonReader}); a text file whose title starts with
 *       {@code [速報]} stays text;
 *   <li>markup that starts like HTML ({@code <!DOCTYPE html>}, {@code <html>}, {@code <meta>}...),
 *       or an .html/.htm/.xhtml file with HTML tags: HTML ({@link HtmlReader});
 *   <li>bare URL line, timestamp line, title: livedoor ({@link PlainTextReaders});
 *   <li>anything else: the scraped plain-text layout ({@link PlainTextReaders}).
 * </ol>
 *
 * <p>Paths are shown as given (relative stays relative) with {@code /} as separator on every OS,
 * so path-based ids are the same on every machine.
 */
public final class Ingest {

  /** Files larger than this (64 MiB) are rejected with {@code file too large}. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  /** Extensions {@link #walk} picks up inside folders (lower case, no dot). */
  public static final Set<String> EXTENSIONS =
      Set.of("txt", "text", "html", "htm", "xhtml", "jsonl", "json", "ndjson");

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
   * not in {@link #EXTENSIONS} (no guessing by content: a folder of articles often holds notes,
   * images or scripts). A root that names a file is always kept, whatever its name: the user asked
   * for it, and {@link #read} reports it if it cannot be read. A missing root, or a sub-folder
   * that cannot be listed, is kept too, so that {@link #read} reports it.
   */
  public static List<Path> walk(List<Path> roots) {
    Set<Path> out = new LinkedHashSet<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        out.add(root);
        continue;
      }
      List<Path> found = new ArrayList<>();
      try {
        Files.walkFileTree(
            root,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && isHidden(dir)
                    ? FileVisitResult.SKIP_SUBTREE
                    : FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isInput(file)) {
                  found.add(file);
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                found.add(file);
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        found.add(root);
      }
      found.sort((a, b) -> display(root.relativize(a)).compareTo(display(root.relativize(b))));
      out.addAll(found);
    }
    return List.copyOf(out);
  }

  /** {@link #walk} the roots, then {@link #read} every file, results in walk order. */
  public static IngestResult readAll(List<Path> roots) {
    IngestResult.Builder out = new IngestResult.Builder();
    for (Path file : walk(roots)) {
      out.addAll(read(file));
    }
    return out.build();
  }

  /** Reads one file into its article(s), or an error saying why not. */
  public static IngestResult read(Path file) {
    String path = display(file);
    try {
      if (Files.isDirectory(file)) {
        return failed(path, "is a directory");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        return failed(path, "file too large (" + size + " bytes; limit " + MAX_BYTES + ")");
      }
      return read(path, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return failed(path, "no such file");
    } catch (IOException | SecurityException e) {
      return failed(path, "cannot read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * Reads content that did not come from a file of its own (standard input, an archive entry).
   *
   * @param path the name to show and to derive ids from; its extension is used as a hint
   */
  public static IngestResult read(String path, byte[] content) {
    IngestResult.Builder out = new IngestResult.Builder();
    if (content.length == 0) {
      return out.error(path, "empty file").build();
    }
    if (content.length > MAX_BYTES) {
      return out.error(path, "file too large (" + content.length + " bytes; limit " + MAX_BYTES + ")").build();
    }
    String ext = extension(path);
    try {
      TextDecoder.Decoded d = TextDecoder.decode(content, ext.startsWith("htm") || ext.equals("xhtml"));
      if (d.warning() != null) {
        out.warning(path, d.warning());
      }
      String text = TextCleaner.clean(d.text());
      if (text.isBlank()) {
        return out.error(path, "empty file (only whitespace)").build();
      }
      switch (detect(text, ext)) {
        case JSONL -> JsonReader.read(path, text, d.charset(), out);
        case HTML -> out.article(HtmlReader.read(path, text, d.charset()));
        case LIVEDOOR -> out.article(PlainTextReaders.readLivedoor(path, text, d.charset()));
        case SCRAPED_TEXT -> out.article(PlainTextReaders.readScraped(path, text, d.charset()));
      }
    } catch (InputException e) {
      out.error(path, e.reason());
    } catch (RuntimeException e) {
      // a reader bug must not stop the batch; report it against the file
      out.error(path, "internal error: " + e);
    }
    return out.build();
  }

  /**
   * Reads one record of a table (a row of a Parquet, CSV or JSON table turned into a JSON object)
   * with the field names and rules of JSON Lines ({@code title}, {@code body}, {@code url}, {@code
   * published}...; see {@link JsonReader}): one article whose path is {@code path} as given, or an
   * error. Example: {@code readRecord("news.parquet#17", "{\"title\":\"...\",\"body\":\"...\"}")}.
   */
  public static IngestResult readRecord(String path, String json) {
    IngestResult.Builder out = new IngestResult.Builder();
    JsonReader.readRecord(path, json, out);
    return out.build();
  }

  static Format detect(String text, String ext) {
    String head = text.length() > 8192 ? text.substring(0, 8192) : text;
    if (JSON_START.matcher(head).lookingAt()
        || (ext.equals("json") || ext.equals("jsonl") || ext.equals("ndjson"))
            && (head.stripLeading().startsWith("{") || head.stripLeading().startsWith("["))) {
      return Format.JSONL;
    }
    if (HTML_START.matcher(head).lookingAt()
        || (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml"))
            && HTML_TAG.matcher(head).find()) {
      return Format.HTML;
    }
    if (PlainTextReaders.isLivedoor(text)) {
      return Format.LIVEDOOR;
    }
    return Format.SCRAPED_TEXT;
  }

  private static IngestResult failed(String path, String reason) {
    return new IngestResult.Builder().error(path, reason).build();
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
    return EXTENSIONS.contains(extension(name));
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
