package io.github.trackdown.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium session driven by Selenium, with helpers for console errors, viewports and screenshots.
 *
 * <p>It starts Debian's Chromium through {@code /usr/bin/chromedriver}, with a fresh temporary profile that is
 * deleted on {@link #close()}.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a session; {@code javascript} false starts one in which pages cannot run scripts. */
    public static Browser start(boolean javascript) {
        Path profile;
        try {
            profile = Files.createTempDirectory("trackdown-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.BINARY.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile, "--window-size=1280,800");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Chromium.DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    /** The Selenium driver. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Opens the address and waits until the page has loaded. */
    public void open(String url) {
        driver.get(url);
    }

    /** Runs a script in the page and returns its result. */
    @SuppressWarnings("unchecked")
    public <T> T script(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Runs a script in the page that reports its result by calling its last argument, and returns that result
     * (Selenium's default script timeout applies).
     */
    @SuppressWarnings("unchecked")
    public <T> T asyncScript(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** The console errors (and failed loads, which Chromium logs as errors) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /**
     * Makes the page area the given size in CSS pixels, as a phone (narrower than 600) or a desktop window; stays
     * until the next call.
     */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /**
     * Lays pages out for the given media type, {@code print} as when printing; an empty type goes back to the screen.
     * Stays until the next call.
     */
    public void media(String type) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", type));
    }

    /**
     * Saves a screenshot of the whole page, its full height and the window's full width (a capture beyond the
     * window drops the scroll bar, so the page is then laid out that wide), as a PNG file.
     */
    public void saveFullPageScreenshot(Path file) {
        Map<String, Object> size = script("return {width: window.innerWidth,"
                + " height: document.documentElement.scrollHeight};");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
                "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                System.err.println("could not delete the browser profile " + profile + ": " + e);
            }
        }
    }
}
