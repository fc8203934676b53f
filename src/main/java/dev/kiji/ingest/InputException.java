package dev.kiji.ingest;

/** Internal signal that a whole input must be rejected; {@link Ingest} turns it into an error. */
final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  InputException(String reason) {
    super(reason, null, false, false);
  }

  String reason() {
    return getMessage();
  }
}
