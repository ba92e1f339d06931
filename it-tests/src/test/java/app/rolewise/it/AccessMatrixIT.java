package app.rolewise.it;

import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.DescriptionPage;
import jakarta.servlet.annotation.WebServlet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.openqa.selenium.By;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page and endpoint of the deployed WAR, requested as nobody, admin, HR, a manager and a second
 * manager, against a table of who may open what; then someone's assessment and job description requested
 * by id as everyone else.
 * <p>
 * The pages and endpoints are read from the WAR itself (every .xhtml outside WEB-INF, every servlet the
 * web module declares, every mapping in web.xml), not listed here: a new page or servlet without a rule
 * in {@link #RULES} fails this test until someone decides who may open it.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    /** Who may open what, by path prefix; the longest matching prefix decides. No catch-all on purpose. */
    private static final Map<String, Audience> RULES = Map.ofEntries(
            Map.entry("/signed-out", Audience.EVERYONE),
            Map.entry("/index", Audience.SIGNED_IN),
            Map.entry("/roles/", Audience.SIGNED_IN),
            Map.entry("/compare", Audience.SIGNED_IN),
            Map.entry("/errors/", Audience.SIGNED_IN),
            Map.entry("/logout", Audience.SIGNED_IN),
            Map.entry("/assessments/", Audience.MANAGERS_AND_HR),
            Map.entry("/descriptions/", Audience.MANAGERS_AND_HR),
            Map.entry("/admin/", Audience.ADMINS));

    /**
     * What an allowed user gets from a path requested without its parameters, when that is not the page
     * itself; a documented refusal, never a 500.
     */
    private static final Map<String, Integer> WITHOUT_PARAMETERS = Map.of(
            "/compare/pdf", 404, // fewer than two roles
            "/compare/plain", 404,
            "/descriptions/export", 400, // no id
            "/descriptions/description", 403, // unknown and someone else's read the same
            "/assessments/assessment", 403, // unknown and someone else's read the same
            "/logout", 405); // POST only

    /** The management interface's health endpoint: outside the WAR, open to probes, says nothing about users. */
    private static final URI HEALTH = URI.create("http://127.0.0.1:9990/health/ready");

    private static final String KEYCLOAK_SIGN_IN = "http://localhost:8180/realms/rolewise/protocol/openid-connect/auth";

    enum Audience {
        EVERYONE(EnumSet.allOf(DemoUser.class)),
        SIGNED_IN(EnumSet.allOf(DemoUser.class)),
        MANAGERS_AND_HR(EnumSet.of(DemoUser.MARK, DemoUser.NINA, DemoUser.HOLLY)),
        ADMINS(EnumSet.of(DemoUser.ALICE));

        private final Set<DemoUser> users;

        Audience(Set<DemoUser> users) {
            this.users = users;
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RolewiseDeployment.realWar();
    }

    @ArquillianResource
    URL deployed;

    private SignedInBrowsers browsers;

    @BeforeEach
    void openBrowsers() {
        browsers = new SignedInBrowsers(deployed);
    }

    @AfterEach
    void closeBrowsers(TestInfo test) {
        browsers.closeAll(getClass().getSimpleName() + "-" + test.getDisplayName());
    }

    /**
     * Each page by every address it answers to (/a/b.xhtml, /a/b, and /a/ for an index), each servlet by
     * its patterns, each mapping in web.xml that names a path.
     */
    static Set<String> discoveredPaths() {
        File war = new File(System.getProperty("rolewise.war", "../web/target/rolewise.war"));
        Set<String> paths = new TreeSet<>();
        try (ZipFile zip = new ZipFile(war)) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("META-INF/")
                        && !name.startsWith("resources/")) {
                    String page = "/" + name.substring(0, name.length() - ".xhtml".length());
                    paths.add(page + ".xhtml");
                    paths.add(page);
                    if (page.endsWith("/index")) {
                        paths.add(page.substring(0, page.length() - "index".length()));
                    }
                } else if (name.startsWith("WEB-INF/classes/") && name.endsWith(".class")) {
                    servletPatterns(name).forEach(paths::add);
                }
            }
            ZipEntry webXml = zip.getEntry("WEB-INF/web.xml");
            String descriptor = new String(zip.getInputStream(webXml).readAllBytes());
            Matcher mapping = Pattern.compile("<servlet-mapping>.*?</servlet-mapping>", Pattern.DOTALL).matcher(descriptor);
            while (mapping.find()) {
                Matcher pattern = Pattern.compile("<url-pattern>\\s*(/[^<*]*)\\s*</url-pattern>").matcher(mapping.group());
                while (pattern.find()) {
                    paths.add(pattern.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    private static List<String> servletPatterns(String classEntry) {
        String className = classEntry.substring("WEB-INF/classes/".length(), classEntry.length() - ".class".length()).replace('/', '.');
        try {
            Class<?> type = Class.forName(className, false, AccessMatrixIT.class.getClassLoader());
            WebServlet servlet = type.getAnnotation(WebServlet.class);
            if (servlet == null) {
                return List.of();
            }
            List<String> patterns = new ArrayList<>(Arrays.asList(servlet.value()));
            patterns.addAll(Arrays.asList(servlet.urlPatterns()));
            return patterns;
        } catch (ClassNotFoundException | LinkageError notLoadable) {
            throw new AssertionError("the web module's classes are on the test class path: " + className, notLoadable);
        }
    }

    static Optional<Audience> audience(String path) {
        String page = path.endsWith("/") ? path + "index" : path; // a folder answers with its index page
        return RULES.entrySet().stream()
                .filter(rule -> covers(rule.getKey(), page))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue);
    }

    /** "/admin/" covers everything below it; "/compare" covers /compare, /compare.xhtml and /compare/pdf. */
    private static boolean covers(String prefix, String page) {
        return prefix.endsWith("/")
                ? page.startsWith(prefix)
                : page.equals(prefix) || page.startsWith(prefix + ".") || page.startsWith(prefix + "/");
    }

    private static int allowedStatus(String path) {
        return WITHOUT_PARAMETERS.getOrDefault(path.replaceFirst("\\.xhtml$", ""), 200);
    }

    private HttpResponse<String> anonymous(String method, String path) {
        URI uri = RolewiseDeployment.baseUri(deployed).resolve(path.substring(1));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        request = "POST".equals(method)
                ? request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(""))
                : request.GET();
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String outcome(HttpResponse<String> response) {
        return response.statusCode() == 302
                ? "302 " + response.headers().firstValue("Location").orElse("").replaceFirst("\\?.*", "")
                : String.valueOf(response.statusCode());
    }

    @Test
    void everyPageAndEndpointAnswersEachUserAsTheRulesSay() {
        // Arrange
        Set<String> paths = discoveredPaths();
        assertTrue(paths.containsAll(List.of("/index.xhtml", "/admin/roles/edit.xhtml", "/assessments/", "/descriptions/export",
                "/compare/pdf", "/logout", "/signed-out.xhtml")), "discovery finds the known pages and servlets: " + paths);
        List<String> withoutRule = paths.stream().filter(path -> audience(path).isEmpty()).toList();
        assertEquals(List.of(), withoutRule, "every page and endpoint needs a rule in AccessMatrixIT.RULES");
        Map<DemoUser, Browser> signedIn = new EnumMap<>(DemoUser.class);
        for (DemoUser user : DemoUser.values()) {
            signedIn.put(user, browsers.as(user));
        }

        // Act and assert, collecting every leak before failing
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (String path : paths) {
            Audience audience = audience(path).orElseThrow();
            String anonymousExpected = audience == Audience.EVERYONE ? "200" : "302 " + KEYCLOAK_SIGN_IN;
            for (String method : List.of("GET", "POST")) {
                String got = outcome(anonymous(method, path));
                checked++;
                boolean publicPost = audience == Audience.EVERYONE && "POST".equals(method);
                if (!got.equals(anonymousExpected) && !publicPost) {
                    leaks.add(method + " " + path + " as nobody: " + got + ", expected " + anonymousExpected);
                }
            }
            for (DemoUser user : DemoUser.values()) {
                Browser browser = signedIn.get(user);
                boolean allowed = audience.users.contains(user);
                HttpResponse<String> get = browser.requestWithSession(path.substring(1));
                checked++;
                int expected = allowed ? allowedStatus(path) : 403;
                if (get.statusCode() != expected) {
                    leaks.add("GET " + path + " as " + user.userName() + ": " + outcome(get) + ", expected " + expected);
                }
                if (!allowed) {
                    // a Faces action is a POST to its page's address: refused before any bean sees it
                    HttpResponse<String> post = browser.postWithSession(path.substring(1), Map.of(), Map.of());
                    checked++;
                    if (post.statusCode() != 403) {
                        leaks.add("POST " + path + " as " + user.userName() + ": " + outcome(post) + ", expected 403");
                    }
                }
            }
        }

        assertEquals(List.of(), leaks, "checked " + checked + " requests over " + paths.size() + " paths");
        assertTrue(checked > 200, "the matrix ran: " + checked);
    }

    @Test
    void theHealthEndpointAnswersProbesAndNamesNoOne() throws IOException, InterruptedException {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(HEALTH).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> onTheApplicationPort = anonymous("GET", "/health/ready");

        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"status\""), health.body());
        for (DemoUser user : DemoUser.values()) {
            assertTrue(!health.body().contains(user.userName() + "@"), "no user data: " + health.body());
        }
        assertEquals("302 " + KEYCLOAK_SIGN_IN, outcome(onTheApplicationPort), "not served on the application port to anyone signed out");
    }

    @Test
    void someonesAssessmentAndJobDescriptionStayTheirsEvenByGuessingIds() {
        // Arrange: mark's assessment and the job description drafted from it
        Browser mark = browsers.as(DemoUser.MARK);
        DescriptionPage draft = JobDescriptionIT.draftedBy(mark, "Access matrix");
        String description = draft.id();
        String assessment = mark.driver().findElement(By.cssSelector("a[href*='assessments/assessment']"))
                .getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
        String unknown = String.valueOf(Long.parseLong(description) + 100_000);
        Map<DemoUser, Browser> others = new EnumMap<>(DemoUser.class);
        others.put(DemoUser.MARK, mark);
        for (DemoUser user : List.of(DemoUser.NINA, DemoUser.HOLLY, DemoUser.ALICE)) {
            others.put(user, browsers.as(user));
        }
        Map<String, Map<DemoUser, Integer>> expected = Map.of(
                "assessments/assessment.xhtml?id=" + assessment, Map.of(DemoUser.MARK, 200, DemoUser.HOLLY, 200, DemoUser.NINA, 403, DemoUser.ALICE, 403),
                "descriptions/description.xhtml?id=" + description, Map.of(DemoUser.MARK, 200, DemoUser.HOLLY, 200, DemoUser.NINA, 403, DemoUser.ALICE, 403),
                "descriptions/export?id=" + description + "&format=pdf", Map.of(DemoUser.MARK, 200, DemoUser.HOLLY, 200, DemoUser.NINA, 403, DemoUser.ALICE, 403),
                "descriptions/export?id=" + description + "&format=md", Map.of(DemoUser.MARK, 200, DemoUser.HOLLY, 200, DemoUser.NINA, 403, DemoUser.ALICE, 403),
                // a guessed id answers exactly as someone else's, so guessing tells nothing about what exists
                "assessments/assessment.xhtml?id=" + unknown, Map.of(DemoUser.MARK, 403, DemoUser.HOLLY, 403, DemoUser.NINA, 403, DemoUser.ALICE, 403),
                "descriptions/description.xhtml?id=" + unknown, Map.of(DemoUser.MARK, 403, DemoUser.HOLLY, 403, DemoUser.NINA, 403, DemoUser.ALICE, 403),
                "descriptions/export?id=" + unknown + "&format=pdf", Map.of(DemoUser.MARK, 403, DemoUser.HOLLY, 403, DemoUser.NINA, 403, DemoUser.ALICE, 403));

        // Act
        List<String> wrong = new ArrayList<>();
        expected.forEach((path, byUser) -> byUser.forEach((user, status) -> {
            int got = others.get(user).downloadWithSession(path).statusCode();
            if (got != status) {
                wrong.add(path + " as " + user.userName() + ": " + got + ", expected " + status);
            }
        }));
        int anonymous = anonymous("GET", "/descriptions/export?id=" + description + "&format=pdf").statusCode();

        // Assert
        assertEquals(List.of(), wrong);
        assertEquals(302, anonymous);
    }
}
