package bd.gov.cleancare.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A page test: the application as in {@link ApiTest}, driven by the distribution's headless
 * chromium through Playwright. One browser per class, a fresh context (cookies, storage) per test.
 * Every page's console is watched for CSP violations, and {@link #axe} checks accessibility.
 */
public abstract class BrowserTest extends ApiTest {

    private static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final String AXE = "/axe-core/4.14.1/axe.min.js";

    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected final List<String> cspViolations = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void newContext() {
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL(base()).setLocale("en-US"));
        cspViolations.clear();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    protected String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A new tab at the path, its console watched for CSP violations. */
    protected Page page(String path) {
        var page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        page.navigate(path);
        return page;
    }

    /** Signs in through the login page as a citizen created through the API; the tab ends on home. */
    protected Page signedIn(Account who) {
        var page = page("/login");
        page.fill("#phone", who.phone());
        page.fill("#password", PASSWORD);
        page.click("main button[type=submit]");
        page.waitForURL(base() + "/");
        return page;
    }

    /** Runs axe-core on the page and fails on any serious or critical violation. */
    protected void axe(Page page) {
        // evaluate, not a script tag: DevTools evaluation is outside the page's CSP
        page.evaluate("() => { " + axeSource() + "\n}");
        var violations = page.evaluate("""
                async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))""");
        assertThat((List<?>) violations).as("axe on " + page.url()).isEmpty();
    }

    private static String axeSource() {
        try (var in = BrowserTest.class.getResourceAsStream(AXE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small real JPEG for photo uploads. */
    protected static Path photo() {
        try {
            var image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var file = Files.createTempFile("complaint", ".jpg");
            javax.imageio.ImageIO.write(image, "jpg", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
