package dev.kiji.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content hashes of input files, the change test of incremental runs: the first 128 bits of the
 * SHA-256 of the file's bytes, as 32 hex digits. Read in 64 KiB blocks, so a file of any size
 * takes constant memory. Example: an empty file gives {@code e3b0c44298fc1c149afbf4c8996fb924}.
 */
public final class FileHashes {

  private FileHashes() {}

  /** The hash of {@code file}'s bytes, or null when it cannot be read (then it is always re-read). */
  public static String of(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] block = new byte[65536];
      for (int n = in.read(block); n >= 0; n = in.read(block)) {
        sha.update(block, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (IOException | SecurityException e) {
      return null;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** The same hash of a byte array (for fingerprints of option files). */
  public static String of(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
