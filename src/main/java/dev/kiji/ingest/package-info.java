/**
 * Ingest stage: takes input files (scraped plain text, livedoor corpus text, HTML pages, JSON
 * Lines, JSON arrays, CSV/TSV, and gzip of each) and gives immutable {@link
 * dev.kiji.ingest.Article}s plus one {@link dev.kiji.ingest.InputError} per rejected input (and
 * warnings for inputs read with a caveat). Entry points: {@link dev.kiji.ingest.Ingest#walk},
 * {@link dev.kiji.ingest.Ingest#open} (a streaming {@link dev.kiji.ingest.ArticleStream} per
 * file), and {@link dev.kiji.ingest.Ingest#read}/{@link dev.kiji.ingest.Ingest#readAll} (all in
 * memory); {@link dev.kiji.ingest.IngestOptions} holds the {@link dev.kiji.ingest.FieldNames} of
 * records and the limits.
 *
 * <p>Decisions, in one place:
 *
 * <ul>
 *   <li>Bad input never stops a batch and nothing is dropped silently: every file gives at least
 *       one article or an error; a record file gives one error per bad record ({@code
 *       file.jsonl#3}, {@code file.csv#2}) and articles for the rest; a file with no record is an
 *       error.
 *   <li>The format is found from the content (first 64 KiB after decompression), the extension
 *       is a hint; gzip by its magic bytes.
 *   <li>Record files are read one record at a time, whatever their size; text and HTML files are
 *       read whole (64 MiB at most). Every limit is an error, never a silent truncation.
 *   <li>A text or HTML file is one article: the scraped digest layout with several {@code 公開日:}
 *       sections stays one article, dated by its latest section.
 *   <li>Offsets of later stages point into {@code Article.text}, which is the decoded file after
 *       BOM removal, CRLF/CR to LF and control-character removal (scraped text: the whole file;
 *       livedoor: from line 3 on; HTML, JSON and CSV: title + "\n\n" + body).
 *   <li>Valid UTF-8 wins over a declared legacy charset; Shift_JIS is read as windows-31j; a
 *       truncated or slightly damaged file is decoded with U+FFFD and a warning, not rejected and
 *       not misread as another charset.
 *   <li>{@code walk} reads only known extensions (optionally {@code .gz}) inside folders, follows
 *       links, lists each file once and cannot loop; files named explicitly are always tried.
 *   <li>Ids: SHA-256 of the source URL (else the path), 16 hex digits, stable across runs.
 * </ul>
 */
package dev.kiji.ingest;
