package org.activesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The report in a real browser: headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}) opens the comparison report of {@link ReportFolders} with hostile names and the
 * single-run report, and checks that nothing is logged to the console, nothing is fetched, every
 * chart's SVG has a non-empty box, the headline and tables are there, the hostile scenario name
 * shows as text, the page fits a phone's width and prints to A4. It saves a full-page screenshot
 * and the PDF under {@code target/report-browser/}.
 *
 * <p>Without Chromium the test is skipped, unless {@code ACTIVESIM_REQUIRE_BROWSER=1} (set by
 * {@code .ci/run}), when it fails.
 */
class ReportInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path OUTPUT = Path.of("target", "report-browser");

  private static ChromeDriver driver;

  @BeforeAll
  static void startChromium() throws IOException {
    boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!available && "1".equals(System.getenv("ACTIVESIM_REQUIRE_BROWSER"))) {
      fail(
          "ACTIVESIM_REQUIRE_BROWSER=1 but "
              + CHROMIUM
              + " or "
              + CHROMEDRIVER
              + " is missing: apt-get install chromium chromium-driver");
    }
    Assumptions.assumeTrue(
        available, "headless Chromium not installed (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
    ReportFolders.ensure();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(OUTPUT);
  }

  @AfterAll
  static void stopChromium() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void theComparisonReportRendersInChromium() throws IOException {
    Path folder = ReportFolders.hostileComparison;
    open(folder);
    checkPage(folder, 6);
    assertTrue(
        text().contains(ReportFolders.SCRIPT_NAME), "the hostile scenario name shows as text");
    assertTrue(text().contains(ReportFolders.PLACE), "the hostile place name shows as text");
    List<WebElement> headlines = driver.findElements(By.cssSelector("p.headline"));
    assertEquals(1, headlines.size());
    assertTrue(headlines.get(0).getText().contains("adults are inactive than in base"));
    save("comparison");
  }

  @Test
  void theRunReportRendersInChromium() throws IOException {
    Path folder = ReportFolders.run;
    open(folder);
    checkPage(folder, 5);
    assertTrue(
        driver.findElement(By.cssSelector("p.headline")).getText().contains("inactive goes from"));
    save("run");
  }

  private static void open(Path folder) {
    driver.manage().window().setSize(new Dimension(1280, 900));
    driver.get(folder.resolve("report.html").toUri().toString());
  }

  private static String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /** What every report must pass in the browser. */
  private static void checkPage(Path folder, int minTables) {
    assertTrue(driver.getTitle().startsWith("What "), driver.getTitle());
    assertEquals(0L, js("return document.scripts.length"), "no script ran or exists");
    assertEquals(
        0L, js("return performance.getEntriesByType('resource').length"), "nothing fetched");
    @SuppressWarnings("unchecked")
    List<List<Number>> boxes =
        (List<List<Number>>)
            js(
                "return Array.from(document.querySelectorAll('svg')).map(s => {"
                    + " const r = s.getBoundingClientRect(); return [r.width, r.height]; })");
    assertTrue(boxes.size() >= 3, folder + ": charts " + boxes.size());
    for (List<Number> box : boxes) {
      assertTrue(
          box.get(0).doubleValue() > 100 && box.get(1).doubleValue() > 50,
          folder + ": a chart's box is " + box);
    }
    List<WebElement> tables = driver.findElements(By.cssSelector("table"));
    assertTrue(tables.size() >= minTables, folder + ": tables " + tables.size());
    for (WebElement table : tables) {
      assertTrue(
          !table.findElements(By.cssSelector("tbody tr")).isEmpty()
              || table.getText().contains("0 values"),
          "an empty table: " + table.getText());
    }
    // A phone's width: only tables scroll sideways, inside their own box; the page does not.
    driver.manage().window().setSize(new Dimension(390, 844));
    assertEquals(
        Boolean.TRUE,
        js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
        folder + ": the page is wider than a phone");
    driver.manage().window().setSize(new Dimension(1280, 900));
    List<LogEntry> severe =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .toList();
    assertTrue(severe.isEmpty(), folder + ": console " + severe);
  }

  /** A full-page screenshot and the page printed to PDF (A4, from the page's CSS). */
  private static void save(String name) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics =
        (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
    assertTrue(png.length > 10_000, "screenshot of " + png.length + " bytes");
    Files.write(OUTPUT.resolve(name + "-report.png"), png);
    Map<String, Object> pdf =
        driver.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true));
    byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
    assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
    Files.write(OUTPUT.resolve(name + "-report.pdf"), bytes);
  }
}
