package app.rolewise.it.pages;

import app.rolewise.it.RolewiseDeployment;

import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;
import java.util.stream.Collectors;

/**
 * A headless Debian Chromium that starts signed out, with no cookies or site data. Also answers what the
 * page's scripts reported as errors, and replays the browser's session cookie for plain HTTP checks.
 * <p>
 * Starting Chromium costs seconds on a busy machine, and the suite opens a hundred browsers: a closed
 * browser is wiped (every cookie and all site data, a new tab, its console read out) and kept for the next
 * test in this JVM; one that cannot be wiped is quit.
 */
public final class Browser implements AutoCloseable {

    private static final Deque<Chromium> IDLE = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.forEach(Chromium::quit)));
    }

    private final Chromium chromium;
    private final WebDriver driver;
    private final URI base;
    private boolean closed;

    public Browser(URI base) {
        this.base = base;
        Chromium idle = IDLE.poll();
        this.chromium = idle != null ? idle : Chromium.start();
        this.driver = chromium.driver;
    }

    /** One Chromium process with its driver and profile directory. */
    private record Chromium(ChromeDriver driver, Path profile) {

        static Chromium start() {
            Path profile;
            try {
                profile = Files.createTempDirectory("rolewise-chromium");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            // the closed network here refuses Chromium's background connections; these flags stop it trying
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                    "--user-data-dir=" + profile);
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                    .build();
            return new Chromium(new ChromeDriver(service, options), profile);
        }

        /** Back to a signed-out browser with one blank tab, as if just started. */
        void wipe(URI base) {
            String first = driver.getWindowHandle();
            driver.switchTo().newWindow(WindowType.TAB);
            String fresh = driver.getWindowHandle();
            for (String handle : driver.getWindowHandles()) {
                if (!handle.equals(fresh)) {
                    driver.switchTo().window(handle).close();
                }
            }
            driver.switchTo().window(fresh);
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            String app = base.getScheme() + "://" + base.getAuthority();
            for (String origin : List.of(app, RolewiseDeployment.KEYCLOAK)) {
                driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            }
            driver.manage().logs().get(LogType.BROWSER);
            Object cookies = driver.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
            if (driver.getWindowHandle().equals(first) || !(cookies instanceof List<?> left && left.isEmpty())) {
                throw new IllegalStateException("not wiped");
            }
        }

        void quit() {
            try {
                driver.quit();
            } finally {
                try (var files = Files.walk(profile)) {
                    files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
                } catch (IOException ignored) {
                    // a left-over temporary profile is harmless
                }
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public URI base() {
        return base;
    }

    public void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    /**
     * Runs what leaves the page (a click, Back) and waits until another document has loaded. The old one is
     * marked by a script variable rather than watched as an element: asking Chromium about an element of a
     * document being torn down can fail with an error that is not a stale-element one. Each mark is new, as
     * Back may bring a page from the back-forward cache with the mark it was left with.
     */
    public void navigate(Runnable leaving) {
        String mark = java.util.UUID.randomUUID().toString();
        ((JavascriptExecutor) driver).executeScript("window.rolewiseLeft = arguments[0];", mark);
        leaving.run();
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.rolewiseLeft !== arguments[0] && document.readyState === 'complete';", mark)));
    }

    /**
     * Severe console entries that Rolewise's own pages produced (Keycloak's pages are not ours to judge).
     * The status of the page itself is left out: a test that opens a 403 page expects it.
     */
    public List<String> javaScriptErrors() {
        String origin = base.toString();
        String pageStatus = driver.getCurrentUrl() + " - Failed to load resource";
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> message.startsWith(origin) || !message.startsWith("http"))
                .filter(message -> !message.startsWith(pageStatus))
                .toList();
    }

    /**
     * Waits until no PrimeFaces Ajax request is under way, after giving a delayed one (such as a search
     * box's) {@code grace} to start.
     */
    public void awaitAjax(java.time.Duration grace) {
        try {
            Thread.sleep(grace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15)).until(d ->
                (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0));"));
    }

    /** Requests a path with this browser's Rolewise session but without following redirects. */
    public HttpResponse<String> requestWithSession(String path) {
        return requestWithSession(path, Map.of());
    }

    /** The same with extra headers, as a browser sends them (such as If-None-Match for a page it holds). */
    public HttpResponse<String> requestWithSession(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        headers.forEach(request::header);
        return sendWithSession(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Requests an address exactly as written after the application's base (no "../" resolved, escapes
     * left as they are), with this browser's session, without following redirects.
     */
    public HttpResponse<String> requestAsWritten(String pathAndQuery) {
        return sendWithSession(HttpRequest.newBuilder(URI.create(base.toString() + pathAndQuery)).GET(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of this browser's Rolewise session cookie, or null before the server made one. */
    public String sessionId() {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        return session == null ? null : session.getValue();
    }

    /**
     * Posts a form with this browser's Rolewise session and the given extra headers (such as Origin), as a
     * forged request from another site would, without following redirects.
     */
    public HttpResponse<String> postWithSession(String path, Map<String, String> form,
                                                Map<String, String> headers) {
        return postWithSession(path, List.copyOf(form.entrySet()), headers);
    }

    /** The same with the fields in order, a name as often as the form sends it (check boxes, lists). */
    public HttpResponse<String> postWithSession(String path, List<Map.Entry<String, String>> form,
                                                Map<String, String> headers) {
        String body = form.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return sendWithSession(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Downloads a file with this browser's Rolewise session, as bytes (PDF and other exports). */
    public HttpResponse<byte[]> downloadWithSession(String path) {
        return sendWithSession(HttpRequest.newBuilder(base.resolve(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a request outside the browser with its Rolewise session cookie, without following redirects. */
    private <T> HttpResponse<T> sendWithSession(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        String session = sessionId();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        try {
            // HTTP/1.1 as a browser speaks it over plain HTTP: the client's default asks to upgrade to HTTP/2 (h2c)
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keeps what the browser shows as target/screenshots/NAME.png, for a person to look at after the run. */
    public void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(folder.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".png"), png);
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot " + name + ": " + e);
        }
    }

    /**
     * Lays pages out from now on as a screen {@code width} CSS pixels wide and 844 high would, below 600 as a phone
     * (its viewport rules apply), until {@link #stopEmulatingWidth()}: a page opened meanwhile also runs its
     * scripts at that width, as PrimeFaces' widgets size themselves when they start.
     */
    public void emulateWidth(int width) {
        chromium.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 844,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Back to the window's own size. */
    public void stopEmulatingWidth() {
        chromium.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * Keeps the whole page, top to bottom, as it looks at {@code width} CSS pixels (390 is a phone), as
     * target/screenshots/NAME.png; the window is as before afterwards.
     */
    public void pageScreenshot(String name, int width) {
        ChromeDriver chrome = chromium.driver();
        try {
            // laid out at that width first, so that the height is the page's at that width
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 1000,
                    "deviceScaleFactor", 1, "mobile", width < 600));
            Number height = (Number) chrome.executeScript("return document.documentElement.scrollHeight;");
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height.intValue(),
                    "deviceScaleFactor", 1, "mobile", width < 600));
            Object data = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true))
                    .get("data");
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".png"),
                    java.util.Base64.getDecoder().decode(String.valueOf(data)));
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot " + name + ": " + e);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Wiped and kept for the next test, or quit if it cannot be wiped. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            chromium.wipe(base);
            IDLE.push(chromium);
        } catch (RuntimeException unusable) {
            chromium.quit();
        }
    }
}
