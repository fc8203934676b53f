package dev.kiji.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Record files are split into chunks across threads; output order and progress stay those of one thread. */
class PipelineStreamingTest {

  @Test
  void testRecordFilesChunkedInInputOrder(@TempDir Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(write(dir.resolve("a.txt"), "見出し\n" + "日本の話。".repeat(300)));
    StringBuilder jsonl = new StringBuilder();
    for (int i = 1; i <= 60; i++) {
      // longer records first, so later chunks finish earlier on other threads
      jsonl.append(i == 30 ? "{broken\n" : "{\"title\":\"記事" + i + "\",\"body\":\"" + "米国の話。".repeat(100 - i) + "\"}\n");
    }
    files.add(write(dir.resolve("b.jsonl"), jsonl.toString()));
    files.add(write(dir.resolve("c.csv"), "title,body\n一,本文\n二,本文\n"));
    files.add(write(dir.resolve("d.txt"), ""));
    List<String> one = new ArrayList<>();
    List<String> three = new ArrayList<>();
    List<Integer> progress = new ArrayList<>();
    run(files, 1, one, p -> {});
    run(files, 3, three, progress::add);
    assertEquals(1 + 59 + 1 + 2 + 1, one.size());
    assertEquals(one, three);
    assertEquals("article " + dir.resolve("b.jsonl") + "#1", one.get(1));
    // within a unit of work (a chunk of up to 16 records), its articles come before its errors
    String b = dir.resolve("b.jsonl").toString();
    assertEquals(one.indexOf("article " + b + "#32") + 1, one.indexOf("error " + b + "#30"));
    assertEquals(List.of(1, 2, 3, 4), progress, "one tick per file");
  }

  private static Path write(Path p, String s) throws IOException {
    Files.writeString(p, s);
    return p;
  }

  private static void run(List<Path> files, int threads, List<String> events, java.util.function.IntConsumer progress)
      throws IOException {
    ArticleSink sink = new ArticleSink() {
      @Override
      public void accept(ExtractedArticle a) {
        events.add("article " + a.article().path());
      }

      @Override
      public void error(dev.kiji.ingest.InputError e) {
        events.add("error " + e.path());
      }

      @Override
      public void close() {}
    };
    new Pipeline((text, ctx) -> List.of(new Mention(MentionType.PARTY, "COUNTRY", 0, 1,
        text.original().substring(0, 1), null, null, "x", null, null)), threads).run(files, sink, progress);
  }
}
