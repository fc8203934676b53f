package dev.kiji.ingest;

import java.util.Objects;

/**
 * How inputs are read: the record field names and the limits that keep hostile input from
 * exhausting memory or time. Every limit, when hit, gives an error for that file or record (the
 * batch goes on); nothing is truncated silently.
 *
 * <pre>{@code
 * IngestOptions o = IngestOptions.DEFAULTS.withFields(FieldNames.of(List.of("body=article_text")));
 * try (ArticleStream s = Ingest.open(Path.of("dump.jsonl.gz"), o)) { ... }
 * }</pre>
 *
 * @param fields field names of JSON and CSV records
 * @param maxFileBytes largest single-article file (text, HTML), after decompression: {@code file
 *     too large}
 * @param maxRecordBytes largest JSON line, JSON array element or CSV record: {@code line too long}
 *     / {@code record too long}
 * @param maxArticleChars largest article text (UTF-16 chars): {@code article too long}
 * @param maxDecompressedBytes largest decompressed .gz stream: {@code decompressed size over ...}
 * @param maxCompressionRatio largest decompressed/compressed ratio of a .gz once past 16 MiB
 *     decompressed: {@code compression ratio over ...} (zip bombs)
 */
public record IngestOptions(
    FieldNames fields,
    long maxFileBytes,
    int maxRecordBytes,
    int maxArticleChars,
    long maxDecompressedBytes,
    int maxCompressionRatio) {

  /** 64 MiB files, 8 MiB records, 1,000,000-char articles, 16 GiB decompressed, ratio 100. */
  public static final IngestOptions DEFAULTS =
      new IngestOptions(
          FieldNames.DEFAULTS, 64L << 20, 8 << 20, 1_000_000, 16L << 30, 100);

  public IngestOptions {
    Objects.requireNonNull(fields, "fields");
    if (maxFileBytes < 1 || maxRecordBytes < 1 || maxArticleChars < 1 || maxDecompressedBytes < 1
        || maxCompressionRatio < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** These options with other field names. */
  public IngestOptions withFields(FieldNames f) {
    return new IngestOptions(f, maxFileBytes, maxRecordBytes, maxArticleChars, maxDecompressedBytes,
        maxCompressionRatio);
  }
}
