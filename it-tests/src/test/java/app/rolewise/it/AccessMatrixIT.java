package app.rolewise.it;

import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.DescriptionPage;
import org.openqa.selenium.By;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page and endpoint of the deployed WAR, requested as nobody, admin, HR, a manager and a second
 * manager, against a table of who may open what; then someone's assessment and job description requested
 * by id as everyone else.
 * <p>
 * The pages and endpoints are read from the WAR itself (every .xhtml outside WEB-INF, every servlet the
 * web module declares, every mapping in web.xml), not listed here: a new page or servlet without a rule
 * in {@link DeployedWar}'s rules fails this test until someone decides who may open it.
 */
class AccessMatrixIT extends SignedInBrowserIT {

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
            "/assessments/preview", 405, // POST only
            "/assessments/brief", 400, // no id
            "/logout", 405); // POST only

    /** The management interface's health endpoint: outside the WAR, open to probes, says nothing about users. */
    private static final URI HEALTH = URI.create("http://127.0.0.1:9990/health/ready");

    private static final String KEYCLOAK_SIGN_IN = RolewiseDeployment.KEYCLOAK + "/realms/rolewise/protocol/openid-connect/auth";

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
        Set<String> paths = DeployedWar.paths();
        assertTrue(paths.containsAll(List.of("/index.xhtml", "/admin/roles/edit.xhtml", "/assessments/", "/descriptions/export",
                "/compare/pdf", "/logout", "/signed-out.xhtml")), "discovery finds the known pages and servlets: " + paths);
        List<String> withoutRule = paths.stream().filter(path -> DeployedWar.audience(path).isEmpty()).toList();
        assertEquals(List.of(), withoutRule, "every page and endpoint needs a rule in DeployedWar.RULES");
        Map<DemoUser, Browser> signedIn = new EnumMap<>(DemoUser.class);
        for (DemoUser user : DemoUser.values()) {
            signedIn.put(user, browsers.as(user));
        }

        // Act and assert, collecting every leak before failing
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (String path : paths) {
            DeployedWar.Audience audience = DeployedWar.audience(path).orElseThrow();
            String anonymousExpected = audience == DeployedWar.Audience.EVERYONE ? String.valueOf(allowedStatus(path)) : "302 " + KEYCLOAK_SIGN_IN;
            for (String method : List.of("GET", "POST")) {
                String got = outcome(anonymous(method, path));
                checked++;
                boolean publicPost = audience == DeployedWar.Audience.EVERYONE && "POST".equals(method);
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
        Map<String, Map<DemoUser, Integer>> expected = Map.ofEntries(
                Map.entry("assessments/assessment.xhtml?id=" + assessment, Map.of(DemoUser.MARK, 200, DemoUser.HOLLY, 200, DemoUser.NINA, 403, DemoUser.ALICE, 403)),
                Map.entry("assessments/brief?id=" + assessment + "&format=pdf", Map.of(DemoUser.MARK, 200, DemoUser.HOLLY, 200, DemoUser.NINA, 403, DemoUser.ALICE, 403)),
                Map.entry("assessments/brief?id=" + assessment + "&format=md", Map.of(DemoUser.MARK, 200, DemoUser.HOLLY, 200, DemoUser.NINA, 403, DemoUser.ALICE, 403)),
                Map.entry("assessments/brief?id=" + unknown + "&format=pdf", Map.of(DemoUser.MARK, 403, DemoUser.HOLLY, 403, DemoUser.NINA, 403, DemoUser.ALICE, 403)),
                Map.entry("descriptions/description.xhtml?id=" + description, Map.of(DemoUser.MARK, 200, DemoUser.HOLLY, 200, DemoUser.NINA, 403, DemoUser.ALICE, 403)),
                Map.entry("descriptions/export?id=" + description + "&format=pdf", Map.of(DemoUser.MARK, 200, DemoUser.HOLLY, 200, DemoUser.NINA, 403, DemoUser.ALICE, 403)),
                Map.entry("descriptions/export?id=" + description + "&format=md", Map.of(DemoUser.MARK, 200, DemoUser.HOLLY, 200, DemoUser.NINA, 403, DemoUser.ALICE, 403)),
                // a guessed id answers exactly as someone else's, so guessing tells nothing about what exists
                Map.entry("assessments/assessment.xhtml?id=" + unknown, Map.of(DemoUser.MARK, 403, DemoUser.HOLLY, 403, DemoUser.NINA, 403, DemoUser.ALICE, 403)),
                Map.entry("descriptions/description.xhtml?id=" + unknown, Map.of(DemoUser.MARK, 403, DemoUser.HOLLY, 403, DemoUser.NINA, 403, DemoUser.ALICE, 403)),
                Map.entry("descriptions/export?id=" + unknown + "&format=pdf", Map.of(DemoUser.MARK, 403, DemoUser.HOLLY, 403, DemoUser.NINA, 403, DemoUser.ALICE, 403)));

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
