package dev.kiji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gigabyte-scale hostile inputs, each in its own JVM with {@value #HEAP} of heap, so memory
 * is proven bounded (an input held whole would not fit): a 1 GiB JSON line from a generator, a 200
 * MiB JSON Lines file, a 200 MiB text file, a gzip bomb (1 GiB of one byte), a 1 GiB JSON Lines
 * .gz dump, and a 20 MiB dump through the whole pipeline (Kuromoji and extractors, 2 threads).
 * Each must finish within its stated bound. Slow (minutes, and about 1.5 GB of temp files), so
 * only with {@code -Dkiji.hostile=true}:
 *
 * <pre>mvn test -Dtest=IngestHostileInputTest -Dkiji.hostile=true</pre>
 */
@EnabledIfSystemProperty(named = "kiji.hostile", matches = "true")
class IngestHostileInputTest {

  static final String HEAP = "-Xmx256m";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // case | MiB | seconds | entries | articles | errors | first error (reason after the path)
        "line1g   | 0    | 120 | 4      | 3      | 1 | line1g.jsonl#1: line 1 too long (1073741852 bytes; limit 8388608)",
        "jsonl    | 200  | 300 | -1     | -1     | 0 | -",
        "text     | 200  | 60  | 1      | 0      | 1 | file too large (",
        "bomb     | 1024 | 60  | 1      | 0      | 1 | compression ratio over 100:1",
        "jsonlgz  | 1024 | 600 | -1     | -1     | 0 | -",
        "pipeline | 20   | 600 | -1     | -1     | 0 | -",
      })
  void testHostileInput(String kind, long mib, int seconds, int entries, int articles, int errors, String firstError,
      @TempDir Path dir) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, HEAP, "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), HostileProbe.class.getName(), kind, dir.toString(),
        Long.toString(mib)));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    boolean done = p.waitFor(seconds + 300L, TimeUnit.SECONDS); // generation time comes on top
    if (!done) {
      p.destroyForcibly();
    }
    assertTrue(done, kind + " did not finish");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.exitValue(), out);
    System.out.println("hostile " + out);
    String[] f = out.split("\t");
    assertEquals(kind, f[0]);
    if (entries >= 0) {
      assertEquals(entries, Integer.parseInt(f[1]), out);
      assertEquals(articles, Integer.parseInt(f[2]), out);
    } else {
      assertTrue(Integer.parseInt(f[2]) > 1000, out);
    }
    assertEquals(errors, Integer.parseInt(f[3]), out);
    String reason = f[4].contains(": ") ? f[4].substring(f[4].indexOf(": ") + 2) : f[4];
    assertTrue(reason.startsWith(firstError.strip().replaceFirst("^line1g.jsonl#1: ", "")), out);
    assertTrue(Double.parseDouble(f[5]) < seconds, kind + " took " + f[5] + " s");
  }
}
