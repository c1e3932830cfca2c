package org.vanban.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vanban.index.IndexSearch;

/**
 * Drives the web UI in Debian's headless Chromium (installed by {@code ./vanban test}): search,
 * apply a facet, open a document, check its page image and text, and the targets and compare pages.
 * Screenshots go to {@code target/screenshots/} (or the folder in {@code -Dvanban.screenshots=DIR}).
 * Skipped when /usr/bin/chromium or /usr/bin/chromedriver is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;

    private IndexSearch search;
    private WebServer server;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path shots;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver not installed (apt-get install chromium chromium-driver)");
        search = IndexSearch.open(WebTestDocs.buildIndex(dir));
        server = WebServer.start(search, "127.0.0.1", 0);
        // a fixed driver path: Selenium Manager never runs, so nothing is downloaded
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--lang=vi",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1400, 1000));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        shots = Path.of(System.getProperty("vanban.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (search != null) search.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private void screenshot(String name) throws Exception {
        File f = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Lower case without tone marks, as the UI's fold(). */
    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
    }

    private void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    @Test
    void searchFacetDocumentTargetsAndCompare() throws Exception {
        // search
        driver.get(url("/"));
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("dịch vụ công");
        driver.findElement(By.id("search-button")).click();
        waitForText(By.id("total"), "3");
        List<WebElement> hits = driver.findElements(By.cssSelector(".hit"));
        assertThat(hits).hasSize(3);
        assertThat(driver.findElements(By.cssSelector(".hit mark"))).isNotEmpty();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.fv[data-param=year][data-value='2025']")));
        screenshot("search");

        // facet: year 2025 leaves the Hải Phòng plan
        driver.findElement(By.cssSelector("a.fv[data-param=year][data-value='2025']")).click();
        wait.until(d -> d.findElements(By.cssSelector(".hit")).size() == 1);
        assertThat(driver.findElement(By.id("chips")).getText()).contains("Năm: 2025");
        // drill sideways: the other years stay in the year facet with their counts, the chosen one marked;
        // the other facets count the filtered result (one plan)
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.fv.on[data-param=year][data-value='2025']")));
        assertThat(driver.findElements(By.cssSelector("ul[data-dim=year] a.fv"))).extracting(WebElement::getText)
                .containsExactly("2025", "2023", "2021");
        assertThat(driver.findElement(By.cssSelector("ul[data-dim=type]")).getText()).contains("Kế hoạch").contains("1")
                .doesNotContain("3");
        screenshot("search-filtered");
        // another year from the same facet replaces the filter
        driver.findElement(By.cssSelector("a.fv[data-param=year][data-value='2021']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".hit .title a"), "năm 2021"));
        assertThat(driver.findElements(By.cssSelector(".hit"))).hasSize(1);
        driver.findElement(By.cssSelector("a.fv[data-param=year][data-value='2025']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".hit .title a"), "năm 2025"));
        WebElement title = driver.findElement(By.cssSelector(".hit .title a"));
        assertThat(title.getText()).isEqualTo("Kế hoạch cải cách hành chính năm 2025");

        // the document: text, correction marked with the raw OCR, page image loaded
        title.click();
        waitForText(By.id("page-text"), "Tỷ lệ dịch vụ công trực tuyến");
        assertThat(driver.findElement(By.id("doc-title")).getText()).isEqualTo("Kế hoạch cải cách hành chính năm 2025");
        assertThat(driver.findElements(By.cssSelector("#page-text mark"))).extracting(WebElement::getText).contains("dịch", "vụ");
        WebElement corr = driver.findElement(By.cssSelector("#page-text .corr"));
        assertThat(corr.getAttribute("title")).contains("toàn trinh");
        WebElement img = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page-img")));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("const i = arguments[0]; return i.complete && i.naturalWidth > 0;", img)));
        Long width = (Long) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth;", img);
        assertThat(width).isGreaterThan(500);
        assertThat(driver.findElement(By.cssSelector(".outline")).getText()).contains("II. NHIỆM VỤ");
        // no outline entry repeats its label: the preamble has no heading, so its link names the kind
        // and its note gives only the page; "II. NHIỆM VỤ" names its kind too, so no "(Nhiệm vụ, giải pháp, …)"
        List<WebElement> entries = driver.findElements(By.cssSelector(".outline li"));
        assertThat(entries).hasSizeGreaterThanOrEqualTo(4);
        for (WebElement entry : entries) {
            String link = entry.findElement(By.tagName("a")).getText();
            String note = entry.findElement(By.cssSelector(".meta")).getText();
            assertThat(note).as("outline entry %s", entry.getText()).doesNotContain(link).matches("\\(.*trang \\d+\\)");
            String kind = note.replaceFirst("^\\(", "").split(",")[0];
            if (!kind.startsWith("trang")) assertThat(fold(link)).as("outline entry %s", entry.getText()).doesNotContain(fold(kind));
        }
        assertThat(driver.findElement(By.xpath("//div[@class='outline']//li[a[contains(., 'II. NHIỆM VỤ')]]"))
                .findElement(By.cssSelector(".meta")).getText()).isEqualTo("(trang 2)");
        screenshot("document");

        // page 2 through the outline
        driver.findElement(By.xpath("//div[@class='outline']//a[contains(., 'II. NHIỆM VỤ')]")).click();
        waitForText(By.id("page-text"), "một cửa liên thông");

        // targets table
        driver.get(url("/targets.html?q=" + URLEncoder.encode("dịch vụ công", StandardCharsets.UTF_8)));
        waitForText(By.id("total"), "2");
        assertThat(driver.findElements(By.cssSelector("#rows tr"))).hasSize(3);
        assertThat(driver.findElement(By.id("csv")).getAttribute("href")).contains("format=csv");
        screenshot("targets");

        // compare: the TARGETS sections of the three plans side by side
        driver.get(url("/compare.html?section=targets&q=" + URLEncoder.encode("dịch vụ công", StandardCharsets.UTF_8)));
        wait.until(d -> d.findElements(By.cssSelector("#compare .col")).size() == 3);
        assertThat(driver.findElement(By.id("compare")).getText()).contains("Xã An Thắng").contains("Thị xã Phước Long");
        screenshot("compare");
    }
}
