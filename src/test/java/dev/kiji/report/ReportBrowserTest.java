package dev.kiji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in a real headless browser (Debian's {@code chromium}; {@code .ci/run}
 * installs it) and checks the screenshot and the rendered DOM. Skipped, with a message, when
 * {@code /usr/bin/chromium} is absent.
 */
class ReportBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private static String chromium(Path tmp, Path html, String... mode) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + tmp.resolve("profile"), "--window-size=1200,2000"));
    cmd.addAll(List.of(mode));
    cmd.add(html.toUri().toString());
    Path out = tmp.resolve("stdout-" + mode[0].replaceAll("\\W", ""));
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(tmp.resolve("stderr").toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 90 s: " + cmd);
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void reportRendersInHeadlessChromium(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM),
        "skipped: /usr/bin/chromium not installed (apt-get install chromium fonts-noto-cjk; .ci/run does it)");
    CorpusReport.Tables t = ReportHtmlTest.hostile();
    Path out = tmp.resolve("out");
    ReportFiles.write(out, t, ReportOptions.defaults(true));
    Path html = out.resolve(ReportFiles.HTML);

    Path png = tmp.resolve("r.png");
    chromium(tmp, html, "--screenshot=" + png);
    assertTrue(Files.exists(png), "no screenshot written");
    byte[] b = Files.readAllBytes(png);
    assertTrue(b.length > 20_000, "screenshot is only " + b.length + " bytes");
    assertEquals(0x89504E47, ByteBuffer.wrap(b, 0, 4).getInt(), "not a PNG");
    assertEquals(1200, ByteBuffer.wrap(b, 16, 4).getInt(), "PNG width");

    String dom = chromium(tmp, html, "--dump-dom");
    Matcher bars = Pattern.compile("<rect class=\"bar\"").matcher(dom);
    int n = 0;
    while (bars.find()) {
      n++;
    }
    assertEquals(t.entities().size(), n, "bars in the rendered DOM");
    assertTrue(dom.contains("class=\"timeline\"") && dom.contains("class=\"matrix\""), "charts in the DOM");
    assertTrue(!dom.contains("<script") && !dom.contains("<img"), "article text became markup");
  }
}
