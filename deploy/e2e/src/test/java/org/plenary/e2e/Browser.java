package org.plenary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser for the end-to-end tests: Debian's headless Chromium through its chromedriver, with a profile
 * of its own (so two people never share cookies), axe-core run in a page (no serious or critical violation), and
 * screenshots into {@code deploy/e2e/target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("plenary.root", "../.."))
            .toAbsolutePath()
            .normalize();
    private static final Path AXE = ROOT.resolve("deploy/local/.run/browser/axe-core-4.14.1/axe.min.js");
    private static final Path SCREENSHOTS = ROOT.resolve("deploy/e2e/target/screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    final WebDriver driver;
    private final String axe;

    private Browser(WebDriver driver, String axe) {
        this.driver = driver;
        this.axe = axe;
    }

    static Browser start(String language) throws IOException {
        if (!Files.exists(AXE) || !new File("/usr/bin/chromium").canExecute()) {
            throw new IllegalStateException("Chromium or axe-core is missing: run deploy/local/browser first");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1024",
                "--user-data-dir=" + Files.createTempDirectory("plenary-chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
        return new Browser(driver, Files.readString(AXE));
    }

    void open(String url) {
        driver.get(url);
    }

    /** The first element the selector finds, waiting (at most 30 s) for it to be there. */
    WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() -> "waiting for " + css + " at " + driver.getCurrentUrl())
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d ->
                        d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    /** Every element the selector finds on the page as it is now (none is waited for). */
    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Clicks what the selector finds and waits (at most 30 s) until the next page has replaced this one. */
    void clickAndWait(String css) {
        markThisPage();
        find(css).click();
        waitForTheNextPage(Duration.ofSeconds(30), "the page after clicking " + css);
    }

    /**
     * Marks this document's window; the next document has no mark. (Waiting for the old {@code <html>} to go stale
     * is not enough: ChromeDriver may answer for a node of a replaced document with an unknown error.)
     */
    private void markThisPage() {
        ((JavascriptExecutor) driver).executeScript("window.plenaryPreviousPage = true;");
    }

    private void waitForTheNextPage(Duration atMost, String what) {
        new WebDriverWait(driver, atMost)
                .withMessage(() -> "waiting for " + what + " at " + driver.getCurrentUrl())
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return window.plenaryPreviousPage === undefined && document.readyState !== 'loading';")));
    }

    String text(String css) {
        return find(css).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    void type(String css, String value) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(value);
    }

    /** The focused element as {@code tag#id}. */
    String active() {
        WebElement element = driver.switchTo().activeElement();
        String id = element.getAttribute("id");
        return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id);
    }

    /** Presses Tab until {@code wanted} ({@code tag#id}, or the submit button of a form) has the focus (at most 60 times). */
    void tabTo(String wanted) {
        for (int i = 0; i < 60 && !active().equals(wanted); i++) {
            driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        }
        assertThat(active()).as("reached by Tab").isEqualTo(wanted);
    }

    /** Takes the focus off anything, so that the next Tab starts at the top of the page. */
    void focusFromTheTop() {
        ((JavascriptExecutor) driver).executeScript("if (document.activeElement) document.activeElement.blur();");
    }

    /** Types into the focused element. */
    void typeHere(String text) {
        driver.switchTo().activeElement().sendKeys(text);
    }

    /** Presses Enter on the focused element. */
    void enter() {
        markThisPage();
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        try {
            // Enter on a link or in a form loads the next page: wait for it, so that what follows reads that one.
            waitForTheNextPage(Duration.ofSeconds(10), "the page after Enter");
        } catch (org.openqa.selenium.TimeoutException stays) {
            // Enter on something that loads nothing
        }
    }

    /** Waits (at most 30 s) until the address contains {@code part}. */
    void waitForUrl(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() -> "waiting for an address with " + part + "; at " + driver.getCurrentUrl())
                .until(d -> d.getCurrentUrl().contains(part));
    }

    /** Runs axe-core in the page: no serious or critical violation. */
    void accessible(String page) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object answer = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact,"
                + " help: v.help, nodes: v.nodes.map(n => n.target.join(' '))})))))"
                + ".catch(e => done(JSON.stringify([{id: 'axe-failed', impact: 'critical', help: String(e)}])));");
        List<String> grave = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(answer.toString())) {
            String impact = violation.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                grave.add(impact + " " + violation.path("id").asText() + ": "
                        + violation.path("help").asText() + " " + violation.path("nodes"));
            }
        }
        assertThat(grave)
                .as("serious or critical accessibility violations on " + page)
                .isEmpty();
    }

    void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
