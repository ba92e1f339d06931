package app.rolewise.it;

import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.DescriptionPage;
import app.rolewise.it.pages.FacesForm;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input everywhere the application takes input: every page and endpoint of the WAR (as {@link DeployedWar}
 * finds them) with bad values for each URL parameter it reads, and every form's typed fields filled with
 * empty, over-long, control-character, emoji and SQL-like text. Every answer must be clear: the page with a
 * message, or Rolewise's own 400/403/404 page; never a 500, a stack trace or the server's bare error page; and
 * a refused form shows what was typed. Sent over HTTP with signed-in browsers' sessions: a few hundred
 * requests in seconds, where Selenium would take minutes.
 */
class BadInputIT extends SignedInBrowserIT {

    /** What people paste into text fields by mistake or on purpose. */
    private static final Map<String, String> BAD_TEXT = badText();

    /** Values for URL parameters: wrong types, out of range, junk lists, control characters, traversal. */
    private static final List<String> BAD_PARAMETER_VALUES = List.of("", "abc", "-1", "0", "1.5", "99999999999999999999",
            "' OR 1=1 --", "Robert'); DROP TABLE role;--", "\u0000", "a\u0007b", "\u202Eevil", "😀👩‍💻",
            "../../WEB-INF/web.xml", "a,b,c,d,e,f", ",,,", "data-engineer,data-engineer", "<script>rwxss()</script>",
            "x".repeat(3000));

    /** Addresses that try to climb out of the application or into WEB-INF, sent exactly as written. */
    private static final List<String> TRAVERSALS = List.of("WEB-INF/web.xml", "roles/../WEB-INF/web.xml",
            "roles/..%2F..%2FWEB-INF%2Fweb.xml", "%2e%2e/%2e%2e/etc/passwd", "descriptions/export/..;/..;/WEB-INF/web.xml",
            "roles/role.xhtml%00.txt", "resources/..%2fWEB-INF/web.xml", "nowhere.xhtml", "roles/nowhere");

    /**
     * What a response must never contain: a stack trace, a qualified exception name (not the one each page
     * names in its error handler's settings, quoted), the server's bare error page, the 500 page.
     */
    private static final Pattern BROKEN = Pattern.compile(
            "\\tat |\\sat (java|jakarta|org|app)\\.[\\w.$]+\\(|\\b[a-z]+(\\.[\\w$]+)+(Exception|Error)\\b(?!['\"])"
                    + "|<title>Error</title>|Internal Server Error|Rolewise could not finish this request");

    /** The buttons that send a form's typed text to be kept; others (remove, publish, approve) are left alone. */
    private static final Pattern SENDING_BUTTON = Pattern.compile(".*:(save|create|begin|choose|draftButton|compare)$");

    private static final String PROBE_ROLE = "bad-input-probe";
    /** A pair is about two published roles; this one is never published, so no one else sees it. */
    private static final String PROBE_PAIR = "bi-developer%2Bdata-architect";

    private static Map<String, String> badText() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("empty", "");
        bad.put("over-long", "Lorem ipsum dolor sit amet. ".repeat(1100));
        bad.put("control characters", "a\u0000b\u0007c\u202Ed\u001Be");
        bad.put("emoji", "Data 👩‍💻 team 🇩🇪 😀");
        bad.put("SQL-like", "' OR 1=1 --");
        bad.put("SQL injection", "Robert'); DROP TABLE role;--");
        return bad;
    }

    /** Someone the rules let open the path: the admin for admin pages, else the second manager. */
    private static DemoUser someoneWhoMayOpen(String path) {
        DeployedWar.Audience audience = DeployedWar.audience(path).orElseThrow(() -> new AssertionError("no rule for " + path));
        return audience == DeployedWar.Audience.ADMINS ? DemoUser.ALICE : DemoUser.NINA;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What is wrong with an answer, if anything: a status outside the clear ones, a trace, a bare error page. */
    private static Optional<String> unclear(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        if (!Set.of(200, 302, 400, 403, 404, 405).contains(status)) {
            return Optional.of("status " + status);
        }
        if (status == 302 && response.headers().firstValue("Location").orElse("").contains("/errors/")) {
            return Optional.of("redirected to " + response.headers().firstValue("Location").orElse(""));
        }
        var broken = BROKEN.matcher(body);
        if (broken.find()) {
            int at = broken.start();
            return Optional.of(status + " shows '" + body.substring(Math.max(0, at - 60), Math.min(body.length(), at + 100)).replaceAll("\\s+", " ") + "'");
        }
        if (status >= 400 && !body.contains("id=\"errorText\"")) {
            return Optional.of(status + " without Rolewise's error page: " + body.substring(0, Math.min(200, body.length())));
        }
        return Optional.empty();
    }

    @Test
    void everyPageAndEndpointAnswersBadUrlValuesClearly() {
        // Arrange: each page by its .xhtml address and each servlet, with the parameters each reads
        Map<String, Set<String>> targets = new LinkedHashMap<>(DeployedWar.pages());
        targets.putAll(DeployedWar.servlets());
        assertTrue(targets.get("/admin/roles/edit.xhtml").contains("slug") && targets.get("/descriptions/export").containsAll(List.of("id", "format"))
                && targets.get("/assessments/assessment.xhtml").contains("id"), "parameters discovered: " + targets);
        Map<DemoUser, Browser> signedIn = new EnumMap<>(DemoUser.class);
        signedIn.put(DemoUser.ALICE, browsers.as(DemoUser.ALICE));
        signedIn.put(DemoUser.NINA, browsers.as(DemoUser.NINA));

        // Act: every parameter of every target with every bad value; a page without parameters gets a stray one
        List<String> unclear = new ArrayList<>();
        int sent = 0;
        targets.keySet().removeIf(path -> path.startsWith("/errors/")); // the 500 page says what BROKEN looks for
        for (var target : targets.entrySet()) {
            String path = target.getKey();
            Browser browser = signedIn.get(someoneWhoMayOpen(path));
            Set<String> parameters = target.getValue().isEmpty() ? Set.of("id") : target.getValue();
            for (String parameter : parameters) {
                for (String value : BAD_PARAMETER_VALUES) {
                    String address = path.substring(1) + "?" + parameter + "=" + encode(value);
                    HttpResponse<String> response = browser.requestAsWritten(address);
                    sent++;
                    unclear(response).ifPresent(problem -> unclear.add(address.substring(0, Math.min(address.length(), 120)) + " → " + problem));
                }
            }
        }
        for (String format : List.of("", "exe", "PDF%00", "md%0d%0aX-Injected:%201", "../../etc/passwd")) {
            for (String download : List.of("descriptions/export", "assessments/brief")) {
                String address = download + "?id=1&format=" + format;
                sent++;
                unclear(signedIn.get(DemoUser.NINA).requestAsWritten(address)).ifPresent(problem -> unclear.add(address + " → " + problem));
            }
        }
        List<String> leaked = new ArrayList<>();
        for (String traversal : TRAVERSALS) {
            HttpResponse<String> response = signedIn.get(DemoUser.NINA).requestAsWritten(traversal);
            sent++;
            if (response.body().contains("<web-app") || response.body().contains("root:")) {
                leaked.add(traversal);
            }
            // one that climbs out of the application is refused by the server before Rolewise sees it: a
            // refusal and no file is what counts there, whichever page says so
            if (!Set.of(400, 403, 404).contains(response.statusCode())) {
                unclear.add(traversal + " → status " + response.statusCode());
            }
        }

        // Assert
        System.out.println("BadInputIT: " + sent + " bad URL requests over " + targets.size() + " pages and endpoints");
        assertEquals(List.of(), leaked, "nothing outside the pages is served");
        assertEquals(List.of(), unclear, "every bad URL gets a clear answer (" + sent + " requests)");
    }

    @Test
    void everyFormRefusesBadTextClearlyAndKeepsWhatWasTyped() {
        // Arrange: objects of this test's own, so that no other test's data changes
        Browser alice = browsers.as(DemoUser.ALICE);
        Browser nina = browsers.as(DemoUser.NINA);
        probeRoleAndPair(alice);
        DescriptionPage draft = JobDescriptionIT.draftedBy(nina, "Bad input");
        String description = draft.id();
        String assessment = nina.driver().findElement(By.cssSelector("a[href*='assessments/assessment']"))
                .getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
        Map<String, String> ownObjects = Map.of(
                "/admin/roles/edit.xhtml", "slug=" + PROBE_ROLE,
                "/admin/roles/history.xhtml", "slug=" + PROBE_ROLE,
                "/admin/pairs/edit.xhtml", "key=" + PROBE_PAIR,
                "/assessments/assessment.xhtml", "id=" + assessment,
                "/descriptions/description.xhtml", "id=" + description,
                "/roles/role.xhtml", "slug=data-engineer");

        // Act: on every page, every form with typed fields, all of them filled with one kind of bad text at a time
        List<String> unclear = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        int sent = 0;
        for (String page : DeployedWar.pages().keySet()) {
            Browser browser = someoneWhoMayOpen(page) == DemoUser.ALICE ? alice : nina;
            String address = page.substring(1) + (ownObjects.containsKey(page) ? "?" + ownObjects.get(page) : "");
            HttpResponse<String> opened = browser.requestWithSession(address);
            if (opened.statusCode() != 200) {
                continue; // an error page, or a page that needs an object this test has none of
            }
            for (FacesForm blank : FacesForm.all(opened.body())) {
                if (blank.freeTextFields().isEmpty() || blank.uploads()) {
                    continue;
                }
                String button = blank.buttons().stream().filter(name -> SENDING_BUTTON.matcher(name).matches()).findFirst().orElse(null);
                covered.add(page + "#" + blank.id() + " (" + blank.freeTextFields().size() + " fields, " + button + ")");
                for (var bad : BAD_TEXT.entrySet()) {
                    FacesForm form = FacesForm.of(browser.requestWithSession(address).body(), blank.id());
                    form.freeTextFields().forEach(field -> form.set(field, bad.getValue()));
                    HttpResponse<String> answer = form.submit(browser, button);
                    sent++;
                    String what = page + "#" + blank.id() + " with " + bad.getKey();
                    unclear(answer).ifPresent(problem -> unclear.add(what + " → " + problem));
                    lostInput(answer, form).ifPresent(lost -> unclear.add(what + " → refused and lost " + lost));
                }
            }
        }

        // Assert
        System.out.println("BadInputIT: " + sent + " bad form posts through " + covered);
        assertTrue(covered.stream().map(form -> form.replaceFirst(" .*", "")).collect(Collectors.toSet()).containsAll(List.of(
                        "/admin/pairs/edit.xhtml#pairForm", "/admin/questions/edit.xhtml#question", "/admin/roles/edit.xhtml#roleForm",
                        "/admin/roles/new.xhtml#newRole", "/assessments/index.xhtml#start",
                        "/descriptions/description.xhtml#jd", "/compare.xhtml#picker")),
                "the sweep reached the forms: " + covered);
        assertEquals(List.of(), unclear, "every bad text gets a clear answer (" + sent + " posts)");
    }

    /**
     * The fields of a refused form (the answer shows an error) that no longer show what was sent (cut to
     * the field's maxlength, as a browser sends it); invisible characters aside, which an HTML page cannot
     * show back.
     */
    private static Optional<String> lostInput(HttpResponse<String> answer, FacesForm sent) {
        if (answer.statusCode() != 200 || Jsoup.parse(answer.body()).select(".ui-message-error, .ui-messages-error, .ui-messages-warn").isEmpty()) {
            return Optional.empty();
        }
        FacesForm shown = FacesForm.all(answer.body()).stream().filter(form -> form.id().equals(sent.id())).findFirst().orElse(null);
        if (shown == null) {
            return Optional.empty();
        }
        List<String> lost = sent.visibleTextFields().stream()
                .filter(field -> shown.values().containsKey(field))
                .filter(field -> !visible(shown.value(field)).equals(visible(sent.value(field))))
                .toList();
        return lost.isEmpty() ? Optional.empty() : Optional.of(lost.toString());
    }

    private static String visible(String text) {
        return text.lines().map(line -> line.replaceAll("[\\p{Cc}\\uFFFD]", "").strip()).filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    /** A draft role and a draft pair of this test's own, made once and reused by later runs. */
    private static void probeRoleAndPair(Browser alice) {
        if (!alice.requestWithSession("admin/roles/edit.xhtml?slug=" + PROBE_ROLE).body().contains("id=\"roleForm\"")) {
            FacesForm role = FacesForm.of(alice.requestWithSession("admin/roles/new.xhtml").body(), "newRole")
                .set("newRole:name", "Bad input probe").set("newRole:slug", PROBE_ROLE).set("newRole:family", "Probe")
                .set("newRole:summary", "A draft that BadInputIT sends bad input through.");
            assertEquals(302, role.submit(alice, "newRole:create").statusCode(), "the probe role is created");
        }
        if (alice.requestWithSession("admin/pairs/edit.xhtml?key=" + PROBE_PAIR).body().contains("id=\"pairForm\"")) {
            return;
        }
        FacesForm pair = FacesForm.of(alice.requestWithSession("admin/pairs/").body(), "newPair")
                .set("newPair:first_input", "bi-developer").set("newPair:second_input", "data-architect");
        assertEquals(302, pair.submit(alice, "newPair:create").statusCode(), "the probe pair is created");
    }
}
