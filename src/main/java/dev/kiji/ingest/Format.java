package dev.kiji.ingest;

/** The input layouts the ingest stage reads; {@link #id()} is what {@link Article#format()} holds. */
enum Format {
  /** Scraped plain text: title on line 1, {@code 公開日:} and {@code 出典/画像元:} lines. */
  SCRAPED_TEXT("scraped-text"),
  /** livedoor news corpus: URL, ISO timestamp, title, body. */
  LIVEDOOR("livedoor"),
  /** An HTML page. */
  HTML("html"),
  /** JSON Lines (or a JSON array / single object). */
  JSONL("jsonl"),
  /** CSV or TSV with a header row. */
  CSV("csv");

  private final String id;

  Format(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }
}
