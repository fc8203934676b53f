package dev.kiji.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes a large corpus for memory and throughput runs by copying the livedoor articles N times into
 * a folder (outside the repository: the texts are CC BY-ND and are never committed). Copy {@code k}
 * of an article gets its own source URL ({@code .../detail/6292880/} becomes {@code
 * .../detail/6292880-r3/}), so every copy has its own stable id and is a separate document in the
 * index. Files other than articles (LICENSE.txt, README) are skipped.
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.kiji.bench.ReplicateCorpus \
 *     -Dbench.args="10 /tmp/livedoor-60k"
 * </pre>
 *
 * <p>Weakness: the copies repeat the same texts, so the set of distinct parties and terms (what
 * the aggregate reports hold) does not grow with N the way a real corpus's would.
 */
public final class ReplicateCorpus {

  private ReplicateCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ReplicateCorpus COPIES OUT_DIR");
      System.exit(2);
    }
    int copies = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Path in = LivedoorTexts.folder().resolve("text");
    if (!Files.isDirectory(in)) {
      in = LivedoorTexts.folder();
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(in)) {
      files = s.filter(p -> p.getFileName().toString().matches(".+-\\d+\\.txt")).sorted().toList();
    }
    int written = 0;
    for (int k = 0; k < copies; k++) {
      for (Path f : files) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        int eol = text.indexOf('\n');
        if (eol < 0) {
          continue;
        }
        String url = text.substring(0, eol).strip();
        String newUrl = (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + "-r" + k + "/";
        Path target = out.resolve("r" + k).resolve(in.relativize(f));
        Files.createDirectories(target.getParent());
        Files.writeString(target, newUrl + text.substring(eol), StandardCharsets.UTF_8);
        written++;
      }
    }
    System.out.println(written + " articles written to " + out);
  }
}
