package dev.kiji.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiji.search.ArticleSearcher;
import dev.kiji.search.SearchFixture;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * kiji serve in a real headless Chromium: type a query, click a facet, open an article, check
 * the marks. Skips (with the reason) when /usr/bin/chromium or /usr/bin/chromedriver is missing
 * ({@code apt-get install chromium chromium-driver fonts-noto-cjk}; {@code .ci/run} does it).
 * Leaves screenshots in {@code target/serve-results.png} and {@code target/serve-article.png}.
 */
class SearchServerBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;
  @TempDir static Path profile;
  static ArticleSearcher searcher;
  static SearchServer server;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "browser test skipped: needs " + CHROMIUM + " and " + DRIVER
            + " (apt-get install chromium chromium-driver fonts-noto-cjk)");
    SearchFixture.index(dir);
    searcher = ArticleSearcher.open(dir);
    server = SearchServer.start(searcher, new InetSocketAddress("127.0.0.1", 0));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1200,900", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
      searcher.close();
    }
  }

  private static String base() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  @Test
  void testSearchClickFacetOpenArticle() throws Exception {
    browser.get(base());
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("type:COUNTRY");
    box.submit();
    assertEquals("4 件 (1–4)", browser.findElement(By.id("total")).getText());

    // the 米国 party facet narrows the hits to the two articles about it
    browser.findElement(By.cssSelector("#facet-parties a.facet")).getText();
    WebElement usa = browser.findElements(By.cssSelector("#facet-parties a.facet")).stream()
        .filter(a -> a.getText().equals("米国")).findFirst().orElseThrow();
    usa.click();
    assertEquals("type:COUNTRY party:\"米国\"", browser.findElement(By.id("q")).getAttribute("value"));
    assertEquals("2 件 (1–2)", browser.findElement(By.id("total")).getText());
    Files.write(Path.of("target", "serve-results.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

    // then the month facet
    browser.findElements(By.cssSelector("#facet-months a.facet")).stream()
        .filter(a -> a.getText().equals("2024-02")).findFirst().orElseThrow().click();
    assertEquals("1 件 (1–1)", browser.findElement(By.id("total")).getText());

    browser.findElement(By.cssSelector(".hit a.title")).click();
    assertEquals("米国が追加支援", browser.findElement(By.id("title")).getText());
    List<String> parties = browser.findElements(By.cssSelector("#text mark.m-PARTY")).stream()
        .map(WebElement::getText).toList();
    assertTrue(parties.containsAll(List.of("米国", "岸田文雄")), parties.toString());
    List<String> amounts = browser.findElements(By.cssSelector("#text mark.m-AMOUNT")).stream()
        .map(WebElement::getText).toList();
    assertEquals(List.of("45億ドル"), amounts);
    String colour = browser.findElement(By.cssSelector("#text mark.m-AMOUNT")).getCssValue("background-color");
    assertEquals("rgba(200, 240, 200, 1)", colour);
    assertTrue(browser.findElements(By.cssSelector("#mentions tr.mention")).size() >= 3);
    Path shot = Path.of("target", "serve-article.png");
    Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void testScriptFromAnArticleDoesNotRun() {
    browser.get(base() + "article?id=g");
    assertEquals("<script>alert(1)</script>注意", browser.findElement(By.id("title")).getText());
    assertTrue(browser.findElement(By.id("text")).getText().contains("<script>alert('x')</script>"));
    // an alert would make the next call throw UnhandledAlertException
    assertEquals("<script>alert(1)</script>注意 - kiji", browser.getTitle());
  }
}
