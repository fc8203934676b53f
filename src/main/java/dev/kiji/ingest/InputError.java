package dev.kiji.ingest;

import java.util.Objects;

/**
 * One input that could not be read (or was read with a caveat), with a human-readable reason.
 *
 * <p>Examples: {@code ("a/empty.txt", "empty file")}, {@code ("feed.jsonl#3", "malformed JSON at
 * line 3: Unexpected character ...")}.
 *
 * @param path the input path as given or walked, plus {@code #N} for line N of a JSON Lines file
 * @param reason why it was rejected; short, lower-case, no trailing period
 */
public record InputError(String path, String reason) {

  public InputError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code path: reason}, the form the command line prints. */
  @Override
  public String toString() {
    return path + ": " + reason;
  }
}
