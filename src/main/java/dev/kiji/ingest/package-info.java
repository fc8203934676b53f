/**
 * Ingest stage: takes input files (scraped plain text, livedoor corpus text, HTML pages, JSON
 * Lines) and gives immutable {@link dev.kiji.ingest.Article}s plus one {@link
 * dev.kiji.ingest.InputError} per rejected input (and warnings for inputs read with a caveat).
 * Entry point: {@link dev.kiji.ingest.Ingest#readAll}, {@link dev.kiji.ingest.Ingest#walk}, {@link
 * dev.kiji.ingest.Ingest#read}.
 *
 * <p>Decisions, in one place:
 *
 * <ul>
 *   <li>Bad input never stops a batch and nothing is dropped silently: every file gives at least
 *       one article or an error; a JSON Lines file gives one error per bad line ({@code
 *       file.jsonl#3}) and articles for the rest.
 *   <li>Offsets of later stages point into {@code Article.text}, which is the decoded file after
 *       BOM removal, CRLF/CR to LF and control-character removal (scraped text: the whole file;
 *       livedoor: from line 3 on; HTML and JSON: title + "\n\n" + body).
 *   <li>Scraped digests with several {@code 公開日:} lines are dated by the latest one.
 *   <li>Valid UTF-8 wins over a declared legacy charset; Shift_JIS is read as windows-31j; a
 *       truncated or slightly damaged file is decoded with U+FFFD and a warning, not rejected and
 *       not misread as another charset.
 *   <li>Files over 64 MiB are rejected ({@code file too large}); they are not news articles.
 *   <li>{@code walk} reads only known extensions inside folders; files named explicitly are
 *       always tried, by content.
 *   <li>Ids: SHA-256 of the source URL (else the path), 16 hex digits, stable across runs.
 * </ul>
 */
package dev.kiji.ingest;
