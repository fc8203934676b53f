package dev.kiji.extract;

/** What a mention is; the closed set of the {@code kiji extract} contract. */
public enum MentionType {
  AMOUNT,
  DATE,
  DURATION,
  PARTY
}
