package dev.kiji.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.extract.Mention;
import dev.kiji.extract.MentionType;
import dev.kiji.ingest.InputError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {

  /** Records what it gets, in order. */
  static final class Recorder implements ArticleSink {
    final List<String> events = new ArrayList<>();

    @Override
    public void accept(ExtractedArticle a) {
      events.add("article " + a.article().path() + " " + a.mentions().size());
    }

    @Override
    public void error(InputError e) {
      events.add("error " + e.path());
    }

    @Override
    public void close() {}
  }

  @Test
  void testOutputComesInInputOrderWhateverTheThreads(@TempDir Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Path f = dir.resolve(String.format("%02d.txt", i));
      // longer texts first so that later files finish earlier on other threads
      Files.writeString(f, "見出し" + i + "\n" + "日本の話。".repeat(400 - i * 9));
      files.add(f);
    }
    List<String> single = run(files, 1);
    List<String> many = run(files, 4);
    assertEquals(40, single.size());
    assertEquals(single, many);
    assertEquals("article " + files.get(0) + " 1", single.get(0));
  }

  private static List<String> run(List<Path> files, int threads) throws IOException {
    Recorder r = new Recorder();
    new Pipeline(
            (text, ctx) -> List.of(new Mention(MentionType.PARTY, "COUNTRY", 0, 2, text.original().substring(0, 2), null, null, "x", null, null)),
            threads)
        .run(files, r, done -> {});
    return r.events;
  }
}
