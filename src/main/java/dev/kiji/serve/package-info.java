/**
 * {@code kiji serve}: a local search page and article view over an index, on the JDK's HTTP
 * server; no web framework, no scripts, no outside resources.
 */
package dev.kiji.serve;
