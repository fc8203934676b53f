package dev.kiji.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One article as read from an input file: immutable, plain Java values only.
 *
 * <p>{@code text} is what the later stages analyse and what every mention offset points into:
 * the article as decoded from its file, title included (for the scraped plain-text layout this
 * is the whole file; for HTML, JSON and CSV it is the title line, a blank line, then the body).
 *
 * @param id stable identifier: a hash of the source URL when known, else of path and position
 * @param path the input file (as given on the command line), plus {@code #N} for a record of a
 *     multi-article file (line of JSON Lines, element of a JSON array, data row of a CSV)
 * @param title the headline, never null (may be empty)
 * @param published publication date, or null when the file gives none
 * @param sourceUrl the article's own URL, or null
 * @param text the analysed text (see above), never null
 * @param format the reader that produced it ({@code scraped-text}, {@code livedoor}, {@code html},
 *     {@code jsonl}, {@code csv}), with {@code +gzip} when the file was compressed
 * @param encoding the charset the file was decoded with, e.g. {@code UTF-8}, {@code windows-31j}
 */
public record Article(
    String id,
    String path,
    String title,
    LocalDate published,
    String sourceUrl,
    String text,
    String format,
    String encoding) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(encoding, "encoding");
    title = title == null ? "" : title;
  }

  /**
   * The stable id of an article: the first 16 hex digits of the SHA-256 of its source URL when
   * known (so the same article read from different files or folders gets the same id and
   * re-indexing is idempotent), else of its path (with {@code #N} for multi-article files).
   *
   * <p>Example: {@code stableId(null, "corpus/a.txt")} is the same on every run and machine.
   * Weakness: a path-based id changes when the same file is reached through another path
   * (relative vs absolute root).
   */
  public static String stableId(String sourceUrl, String path) {
    String key = sourceUrl != null && !sourceUrl.isBlank() ? sourceUrl : Objects.requireNonNull(path);
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
