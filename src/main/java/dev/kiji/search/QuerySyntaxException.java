package dev.kiji.search;

/** A query the user typed that kiji cannot parse; the message says why, for a human. */
public final class QuerySyntaxException extends Exception {
  public QuerySyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
