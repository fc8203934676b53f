package dev.kiji.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A compact growing list of (path, id) pairs, what a duplicate's row names of its original: both
 * strings of entry {@code i} are kept as UTF-8 in one byte array, about 2 ints plus the bytes per
 * entry, so a million originals with paths of 60 bytes cost some 90 MB instead of twice that as
 * strings.
 *
 * <pre>{@code
 * ArticleRefs refs = new ArticleRefs();
 * int i = refs.size();
 * refs.add("text/it/1.txt", "a3f0...");
 * refs.path(i);  // "text/it/1.txt"
 * }</pre>
 */
final class ArticleRefs {
  private byte[] bytes = new byte[1 << 12];
  private int used;
  /** Entry i: path from starts[2i] to starts[2i+1], id from starts[2i+1] to starts[2i+2]. */
  private int[] starts = new int[129];
  private int size;

  int size() {
    return size;
  }

  void add(String path, String id) {
    if (2 * size + 2 >= starts.length) {
      starts = Arrays.copyOf(starts, 2 * starts.length);
    }
    starts[2 * size] = used;
    append(path);
    starts[2 * size + 1] = used;
    append(id == null ? "" : id);
    size++;
    starts[2 * size] = used;
  }

  private void append(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (used + b.length > bytes.length) {
      long grown = Math.max(2L * bytes.length, (long) used + b.length);
      if (grown > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("more than 2 GB of paths and ids of distinct articles in one run");
      }
      bytes = Arrays.copyOf(bytes, (int) grown);
    }
    System.arraycopy(b, 0, bytes, used, b.length);
    used += b.length;
  }

  String path(int i) {
    Objects.checkIndex(i, size);
    return string(starts[2 * i], starts[2 * i + 1]);
  }

  String id(int i) {
    Objects.checkIndex(i, size);
    return string(starts[2 * i + 1], starts[2 * i + 2]);
  }

  private String string(int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }
}
