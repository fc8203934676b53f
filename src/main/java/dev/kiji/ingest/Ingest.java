package dev.kiji.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** STUB (replaced by the ingest branch). */
public final class Ingest {
  private Ingest() {}

  public static List<Path> walk(List<Path> roots) throws IOException {
    java.util.ArrayList<Path> out = new java.util.ArrayList<>();
    for (Path r : roots) {
      try (Stream<Path> s = Files.walk(r)) {
        s.filter(Files::isRegularFile).sorted().forEach(out::add);
      }
    }
    return out;
  }

  public static IngestResult read(Path p) {
    try {
      String t = Files.readString(p, StandardCharsets.UTF_8);
      String title = t.lines().findFirst().orElse("");
      return new IngestResult(List.of(new Article(Integer.toHexString(p.toString().hashCode()), p.toString(), title, null, null, t, "scraped-text", "UTF-8")), List.of());
    } catch (IOException e) {
      return new IngestResult(List.of(), List.of(new InputError(p.toString(), e.toString())));
    }
  }
}
