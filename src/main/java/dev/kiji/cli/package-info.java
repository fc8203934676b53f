/**
 * The {@code kiji} command line (picocli): {@code analyze}, {@code search}, {@code extract},
 * {@code tokens}. {@link dev.kiji.cli.Main#run} takes its output writers, so tests capture what
 * a user sees; only {@code main} exits the JVM. Per-input errors print as {@code path: error:
 * message} and the run goes on.
 */
package dev.kiji.cli;
