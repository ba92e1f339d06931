package app.rolewise.it;

import app.rolewise.it.pages.AdminRolesPage;
import app.rolewise.it.pages.AssessmentPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.DescriptionPage;
import app.rolewise.it.pages.FacesForm;
import app.rolewise.it.pages.PairsPage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input everywhere the application takes input: every page and endpoint of the WAR (as {@link DeployedWar}
 * finds them) with bad values for each URL parameter it reads, every form's typed fields filled with empty,
 * over-long, control-character, emoji and SQL-like text, and every choice (menu, radio buttons, a picker that only
 * takes a suggestion) sent what its page did not offer. Every answer must be clear: the page with a message, or
 * Rolewise's own 400/403/404 page; never a 500, a stack trace or the server's bare error page; and a refused
 * form shows what was typed. Sent over HTTP with signed-in browsers' sessions: a few hundred requests in
 * seconds, where Selenium would take minutes.
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

    /** Values no page offers for anything: a word, and a number as a version or a revision would be. */
    private static final List<String> UNKNOWN_CHOICES = List.of("no-such-choice", "999999");

    /**
     * The buttons a choice is sent with: those that keep or use it (removing, publishing, approving, restoring
     * are left alone); a field with an Ajax behavior of its own is sent by that.
     */
    private static final Pattern SENDING_CHOICE = Pattern.compile(".*:(save|create|choose|draftButton|compare|addSkill|createSkill)$");

    /**
     * Fields filled in before a bad choice is sent, so that the choice is the only thing in its form a refusal can
     * be about: the draft's required facts, a new skill's name, the skill to add beside the emphasis to add it with.
     */
    private static final Map<String, String> FILLED_IN = Map.of(
            "draft:organisation", "Acme Analytics", "draft:city", "Berlin",
            "newSkillForm:skillName", "Bad choice probe skill", "newSkillForm:skillCategory", "Probe",
            "roleForm:tabs:skillToAdd_input", "SQL", "roleForm:tabs:skillToAdd_hinput", "SQL");

    /** A refusal the page shows: an error or a warning, next to a field or above the form. */
    private static final Pattern REFUSAL = Pattern.compile("class=\"[^\"]*\\bui-messages?-(error|warn|fatal)\\b");

    /** Fields of one kind per form that are swept (the rows of a table, the questions of a step are alike). */
    private static final int ALIKE_FIELDS = 2;

    /** A draft role of this sweep's own, with a skill, for the role editor's choices; never published. */
    private static final String CHOICE_PROBE = "bad-choice-probe";

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

    @Test
    void aPairOfOneRoleWithItselfIsRefusedOnTheFormWithNothingOfAnExceptionSent() {
        // Arrange
        Browser alice = browsers.as(DemoUser.ALICE);
        String refusal = "A pair is about two different roles: choose another role than Data Engineer on one side.";

        // Act: the same role on both sides, by the button's Ajax request, as a plain post, and in the browser
        HttpResponse<String> ajax = FacesForm.of(alice.requestWithSession("admin/pairs/").body(), "newPair")
                .set("newPair:first_input", "data-engineer").set("newPair:second_input", "data-engineer")
                .submitAjax(alice, "newPair:create");
        HttpResponse<String> plain = FacesForm.of(alice.requestWithSession("admin/pairs/").body(), "newPair")
                .set("newPair:first_input", "data-engineer").set("newPair:second_input", "data-engineer")
                .submit(alice, "newPair:create");
        PairsPage page = PairsPage.open(alice).create("data-engineer", "data-engineer");

        // Assert
        assertEquals(200, ajax.statusCode(), ajax.body());
        assertTrue(ajax.body().contains("<partial-response") && ajax.body().contains(refusal), "the form comes back with the reason: " + ajax.body());
        assertFalse(ajax.body().contains("Exception") || ajax.body().contains("A pair is two different roles"),
                "nothing of an exception in the Ajax answer: " + ajax.body());
        assertEquals(Optional.empty(), unclear(plain), "a plain post gets the page again");
        assertTrue(plain.body().contains(refusal), plain.body());
        assertFalse(plain.body().contains("IllegalArgumentException") || plain.body().contains("EJBException"), plain.body());
        FacesForm shown = FacesForm.of(plain.body(), "newPair");
        assertEquals(List.of("data-engineer", "data-engineer"), List.of(shown.value("newPair:first_input"), shown.value("newPair:second_input")),
                "both choices are kept");
        assertEquals(refusal, page.fieldMessage("second"), "the reason next to the role to change; the page shows " + page.messages());
        assertFalse(page.showsErrorDialog(), "no error dialog");
        assertEquals(List.of("data-engineer", "data-engineer"), List.of(page.chosen("first"), page.chosen("second")), "nothing lost");
        assertFalse(alice.requestWithSession("admin/pairs/").body().contains("data-engineer+data-engineer"), "no pair made");
        assertEquals(List.of(), alice.javaScriptErrors());
    }

    /** One choice of one form as a page showed it, with what its page (or, for a picker, its suggestions) offers. */
    private record ChoiceField(Browser browser, String address, String form, FacesForm.Choice choice, List<String> offered) {

        String page() {
            return "/" + address.replaceFirst("\\?.*", "");
        }

        /** The field's kind: its component's id without row numbers and generated ids, as alike fields share it. */
        String kind() {
            return page() + "#" + choice.component().replaceAll(":j_idt\\d+", "").replaceAll(":\\d+(?=:)", "");
        }

        /** A value the page offers here, for the field's companion in a list and for sending twice. */
        Optional<String> anOfferedValue() {
            return offered.stream().filter(value -> !value.isEmpty()).findFirst();
        }
    }

    @Test
    void everyChoiceRefusesWhatItsPageDidNotOfferWithAMessage() throws IOException {
        // Arrange: objects of this test's own (an assessment on its first step, one with a role chosen and the draft form
        // under it, a drafted job description, a draft role with a skill), and every choice of every form with what it offers
        Browser alice = browsers.as(DemoUser.ALICE);
        Browser mark = browsers.as(DemoUser.MARK);
        importChoiceProbe(alice);
        String fresh = AssessmentPage.start(mark, "Bad choices, nothing answered " + System.nanoTime()).id();
        String chosen = chosenWithReason(mark, "Bad choices, a role chosen");
        chosenWithReason(mark, "Bad choices, drafted");
        DescriptionPage drafted = DescriptionPage.draftFromAssessment(mark, "Acme Analytics", "Berlin", "DE", 70000, 90000, "EUR");
        drafted.replace("TEAM", "A team of four who ship weekly.").save(); // a second revision: the history offers a comparison
        String description = drafted.id();
        Map<String, List<String>> addresses = Map.of(
                "/assessments/assessment.xhtml", List.of("id=" + fresh + "&step=1", "id=" + chosen + "&step=recommendation"),
                "/descriptions/description.xhtml", List.of("id=" + description),
                "/admin/roles/edit.xhtml", List.of("slug=" + CHOICE_PROBE),
                "/admin/roles/history.xhtml", List.of("slug=data-engineer"));
        List<ChoiceField> fields = new ArrayList<>();
        for (String page : DeployedWar.pages().keySet()) {
            Browser browser = someoneWhoMayOpen(page) == DemoUser.ALICE ? alice : mark;
            for (String query : page.startsWith("/errors/") ? List.<String>of() : addresses.getOrDefault(page, List.of(""))) {
                String address = page.substring(1) + (query.isEmpty() ? "" : "?" + query);
                HttpResponse<String> opened = browser.requestWithSession(address);
                if (opened.statusCode() != 200) {
                    continue;
                }
                for (FacesForm form : FacesForm.all(opened.body())) {
                    Map<String, Integer> alike = new HashMap<>();
                    for (FacesForm.Choice choice : form.uploads() ? List.<FacesForm.Choice>of() : form.choices()) {
                        ChoiceField field = new ChoiceField(browser, address, form.id(), choice, offered(browser, form, choice));
                        if (alike.merge(field.kind(), 1, Integer::sum) <= ALIKE_FIELDS) {
                            fields.add(field);
                        }
                    }
                }
            }
        }

        // Act: each choice with each value its page did not offer, then with an offered one sent twice
        List<String> unclear = new ArrayList<>();
        Set<String> swept = new TreeSet<>();
        List<String> unsent = new ArrayList<>();
        int sent = 0;
        for (ChoiceField field : fields) {
            String what = field.address() + "#" + field.choice().name();
            for (var bad : notOffered(field, fields).entrySet()) {
                Optional<HttpResponse<String>> answer = sendChoice(field, bad.getValue(), true);
                if (answer.isEmpty()) {
                    unsent.add(what);
                    break;
                }
                sent++;
                swept.add(field.kind());
                refusedWithAMessage(field.browser(), answer.get()).ifPresent(problem -> unclear.add(what + " with " + bad.getKey() + " → " + problem));
            }
            // twice: the value the page holds (a model's need, a menu's pick), so that nothing but the repetition changes
            String current = currentValue(field);
            Optional<String> twice = !current.isEmpty() && field.offered().contains(current) ? Optional.of(current) : field.anOfferedValue();
            if (twice.isPresent()) {
                Optional<HttpResponse<String>> answer = sendChoice(field, List.of(twice.get(), twice.get()), false);
                sent += answer.isPresent() ? 1 : 0;
                answer.flatMap(got -> clearChoiceAnswer(ChoiceAnswer.of(field.browser(), got)))
                        .ifPresent(problem -> unclear.add(what + " with " + twice.get() + " twice → " + problem));
            }
        }

        // Assert
        System.out.println("BadInputIT: " + sent + " bad choice posts through " + swept + "; sent by nothing: " + unsent);
        assertTrue(swept.containsAll(List.of(
                        "/assessments/assessment.xhtml#wizard:answer", "/assessments/assessment.xhtml#wizard:role",
                        "/assessments/assessment.xhtml#draft:workplace", "/assessments/assessment.xhtml#draft:country",
                        "/descriptions/description.xhtml#jd:workplace", "/descriptions/description.xhtml#jd:country",
                        "/descriptions/description.xhtml#jd:history:diffFrom",
                        "/admin/pairs/index.xhtml#newPair:first", "/admin/pairs/index.xhtml#newPair:second",
                        "/admin/roles/edit.xhtml#roleForm:tabs:skillTable:emphasis", "/admin/roles/edit.xhtml#roleForm:tabs:emphasisToAdd",
                        "/admin/roles/edit.xhtml#roleForm:tabs:skillToAdd", "/admin/roles/edit.xhtml#newSkillForm:skillKind",
                        "/admin/roles/index.xhtml#library:family", "/admin/roles/index.xhtml#library:status",
                        "/admin/roles/history.xhtml#history:from", "/admin/questions/history.xhtml#history:to",
                        "/admin/questions/model.xhtml#model:roles:requires:need", "/compare.xhtml#picker:roles")),
                "the sweep reached the choices: " + swept);
        assertEquals(List.of(), unclear, "every choice not offered is refused with a message (" + sent + " posts)");
    }

    /**
     * What a choice offers: the page's values for a menu or radio group; for a picker, its suggestions for nothing
     * typed yet (from its servlet, or from its page by Ajax).
     */
    private static List<String> offered(Browser browser, FacesForm form, FacesForm.Choice choice) {
        if (!choice.picker()) {
            return choice.offered();
        }
        String endpoint = form.suggestions().stream().filter(box -> box.component().equals(choice.component()))
                .map(FacesForm.Suggestions::endpoint).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        String suggested = endpoint != null
                ? browser.requestWithSession(endpoint.substring(1) + "?query=").body()
                : form.suggest(browser, choice.component(), "").body();
        Pattern value = Pattern.compile(endpoint != null ? "\"value\":\"([^\"]+)\"" : "data-item-value=\"([^\"]*)\"");
        return value.matcher(suggested).results().map(found -> Jsoup.parse(found.group(1)).text()).distinct().toList();
    }

    /**
     * The values a choice's page did not offer, by what they are: unknown ones, nothing, one another page offers
     * (an option of another kind first, such as a workplace for an emphasis). A list gets each next to one it offers.
     */
    private static Map<String, List<String>> notOffered(ChoiceField field, List<ChoiceField> all) {
        Set<String> offered = field.offered().stream().map(value -> value.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        java.util.function.Function<String, List<String>> sent = value -> field.choice().multiple() && field.anOfferedValue().isPresent()
                ? List.of(field.anOfferedValue().get(), value) : List.of(value);
        Map<String, List<String>> values = new LinkedHashMap<>();
        UNKNOWN_CHOICES.stream().filter(value -> !offered.contains(value)).forEach(value -> values.put("unknown " + value, sent.apply(value)));
        if (!offered.contains("")) {
            values.put("nothing", sent.apply(""));
        }
        all.stream().filter(other -> !other.page().equals(field.page())).flatMap(other -> other.offered().stream())
                .filter(value -> !value.isEmpty() && !offered.contains(value.toLowerCase(java.util.Locale.ROOT)))
                .distinct().sorted(java.util.Comparator.comparing((String value) -> !value.matches("[A-Z][A-Z_]+")).thenComparing(value -> value))
                .findFirst().ifPresent(value -> values.put("offered elsewhere: " + value, sent.apply(value)));
        return values;
    }

    /** What the field's page holds for it now; empty when nothing is picked, or the form is gone. */
    private static String currentValue(ChoiceField field) {
        return FacesForm.all(field.browser().requestWithSession(field.address()).body()).stream()
                .filter(form -> form.id().equals(field.form())).findFirst()
                .map(form -> form.value(field.choice().name())).orElse("");
    }

    /**
     * Sends the values as the choice on a fresh copy of its page: by its own Ajax behavior, else with the button that
     * names it or, failing that, the first one that keeps or uses its form. With {@code fillIn} the form's other
     * fields hold good values first. Empty when nothing on the page sends the choice, or the form is gone.
     */
    private static Optional<HttpResponse<String>> sendChoice(ChoiceField field, List<String> values, boolean fillIn) {
        FacesForm.Choice choice = field.choice();
        Optional<FacesForm> found = FacesForm.all(field.browser().requestWithSession(field.address()).body()).stream()
                .filter(form -> form.id().equals(field.form())).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        FacesForm form = found.get();
        if (fillIn) {
            FILLED_IN.forEach((name, value) -> {
                if (form.values().containsKey(name)) {
                    form.set(name, value);
                }
            });
            // the form's other choices left empty get one of their values, each its own one (a pair's two roles differ)
            List<FacesForm.Choice> others = form.choices();
            for (int at = 0; at < others.size(); at++) {
                FacesForm.Choice other = others.get(at);
                List<String> good = other.offered().stream().filter(value -> !value.isEmpty()).toList();
                if (!other.picker() && !other.name().equals(choice.name()) && form.value(other.name()).isEmpty() && !good.isEmpty()) {
                    form.set(other.name(), good.get(at % good.size()));
                }
            }
        }
        form.setAll(choice.name(), values);
        if (choice.picker() && !choice.multiple()) {
            form.setAll(choice.component() + "_input", values);
        }
        Optional<FacesForm.Behavior> own = form.behaviorOf(choice.component());
        if (own.isPresent()) {
            return Optional.of(form.send(field.browser(), own.get()));
        }
        List<String> buttons = form.buttons().stream().filter(name -> SENDING_CHOICE.matcher(name).matches()).toList();
        Optional<String> button = buttons.stream()
                .filter(name -> form.buttonBehavior(name).map(behavior -> behavior.names(choice.component())).orElse(false)).findFirst()
                .or(() -> buttons.stream().filter(name -> form.buttonBehavior(name)
                        .map(behavior -> behavior.processes(choice.component(), form.id())).orElse(true)).findFirst());
        return button.map(name -> form.buttonBehavior(name).map(behavior -> form.send(field.browser(), behavior))
                .orElseGet(() -> form.submit(field.browser(), name)));
    }

    /** The answer to a choice and, when it redirects within Rolewise, the page it leads to. */
    private record ChoiceAnswer(HttpResponse<String> answer, Optional<String> location, Optional<HttpResponse<String>> page) {

        static ChoiceAnswer of(Browser browser, HttpResponse<String> answer) {
            Optional<String> location = answer.statusCode() == 302 ? answer.headers().firstValue("Location") : FacesForm.redirect(answer.body());
            String base = browser.base().toString();
            Optional<String> within = location.map(to -> browser.base().resolve(to).toString()).filter(to -> to.startsWith(base));
            return new ChoiceAnswer(answer, location, within.map(to -> browser.requestWithSession(to.substring(base.length()))));
        }

        /** What the user sees: the page again, or the page the answer redirects to. */
        String shown() {
            return page.map(HttpResponse::body).orElse(answer.body());
        }
    }

    /**
     * What is wrong with the answer to a choice its page did not offer: anything {@link #clearChoiceAnswer} finds, or
     * the choice taken without a word (no error or warning on the answer or on the page it redirects to).
     */
    private static Optional<String> refusedWithAMessage(Browser browser, HttpResponse<String> sent) {
        ChoiceAnswer answer = ChoiceAnswer.of(browser, sent);
        Optional<String> unclear = clearChoiceAnswer(answer);
        if (unclear.isPresent()) {
            return unclear;
        }
        return REFUSAL.matcher(answer.shown()).find() ? Optional.empty()
                : Optional.of("taken without a message" + answer.location().map(location -> " (redirected to " + location + ")").orElse(""));
    }

    /**
     * What is wrong with the answer to a choice: anything but the page again (200) or a redirect to a page of
     * Rolewise that opens; an error page, Faces' Ajax error, anything of an exception or Faces' own wording, in the
     * answer or on the page it redirects to.
     */
    private static Optional<String> clearChoiceAnswer(ChoiceAnswer choiceAnswer) {
        HttpResponse<String> answer = choiceAnswer.answer();
        Optional<String> unclear = unclear(answer);
        if (unclear.isPresent()) {
            return unclear;
        }
        String body = answer.body();
        if (answer.statusCode() != 200 && answer.statusCode() != 302) {
            return Optional.of("status " + answer.statusCode());
        }
        List<String> leaks = LeakedText.in(body);
        if (!leaks.isEmpty()) {
            return Optional.of(leaks.toString());
        }
        if (FacesForm.isPartial(body) && (body.contains("<error>") || body.contains("PF('ajaxError')") || body.contains("PF('viewExpired')"))) {
            return Optional.of("the Ajax answer ends in an error: " + body.substring(0, Math.min(300, body.length())));
        }
        if (choiceAnswer.location().isPresent()) {
            String location = choiceAnswer.location().get();
            if (choiceAnswer.page().isEmpty()) {
                return Optional.of("redirected away from Rolewise, to " + location);
            }
            HttpResponse<String> page = choiceAnswer.page().get();
            List<String> onPage = LeakedText.in(page.body());
            if (page.statusCode() != 200 || !onPage.isEmpty() || location.contains("/errors/")) {
                return Optional.of("redirected to " + location + ", which answers " + page.statusCode() + " " + onPage);
            }
        }
        return Optional.empty();
    }

    /** Assesses one thing (the goal), then chooses the Data Engineer with a reason; returns the assessment's id. */
    private static String chosenWithReason(Browser manager, String title) {
        AssessmentPage assessment = AssessmentPage.start(manager, title + " " + System.nanoTime());
        assessment.answer("goal", "predictive").toRecommendation();
        String chosen = assessment.choose("data-engineer", "Chosen for the bad choice sweep.");
        assertTrue(chosen.contains("is your choice"), chosen);
        return assessment.id();
    }

    /** The sweep's draft role with one skill, imported as a library file (the editor adds skills only by widget). */
    private static void importChoiceProbe(Browser alice) throws IOException {
        Path library = Files.writeString(Files.createTempFile("bad-choice-probe", ".json"), """
                {"format": "rolewise-library/1", "skills": [], "roles": [{"slug": "%s", "name": "Bad choice probe", "family": "Probe",
                 "status": "DRAFT", "summary": "A draft that BadInputIT sends bad choices through.",
                 "skills": [{"name": "SQL", "emphasis": "CORE"}]}]}""".formatted(CHOICE_PROBE));
        String imported = AdminRolesPage.open(alice).importFile(library);
        assertTrue(imported.startsWith("Imported"), imported);
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
