package app.rolewise.it;

import app.rolewise.it.pages.AssessmentPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.CataloguePage;
import app.rolewise.it.pages.ComparePage;
import app.rolewise.it.pages.EditRolePage;
import app.rolewise.it.pages.KeycloakLoginPage;
import app.rolewise.it.pages.RolePage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compare hub as a hiring manager uses it: the seed pair side by side with the seed's facts, the PDF,
 * bookmarkable addresses with wrong role names, the picker and the hub's lists; and the ways into it and out of it
 * from the roles: ticked roles in the catalogue, "Compare with…" and "Do we need this role?" on a role's page.
 */
@ExtendWith(ArquillianExtension.class)
class CompareIT {

    private static final String SEED_PAIR = "data-engineer,machine-learning-engineer";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RolewiseDeployment.realWar();
    }

    @ArquillianResource
    URL deployed;

    private Browser browser;
    private SignedInBrowsers others;

    @BeforeEach
    void signIn() {
        others = new SignedInBrowsers(deployed);
        browser = new Browser(RolewiseDeployment.baseUri(deployed));
        browser.open("");
        KeycloakLoginPage.expect(browser).signInAs(DemoUser.MARK);
    }

    @AfterEach
    void close(TestInfo test) {
        browser.screenshot(getClass().getSimpleName() + "-" + test.getDisplayName());
        browser.close();
        others.closeAll(getClass().getSimpleName() + "-" + test.getDisplayName() + "-other");
    }

    @Test
    void theSeedPairSideBySideShowsTheSeedsFacts() {
        ComparePage page = ComparePage.open(browser, SEED_PAIR);

        assertEquals(List.of("Data Engineer", "Machine Learning Engineer"), page.columnHeadings());
        List<String> focus = page.row("PRIMARY_FOCUS");
        assertTrue(focus.get(0).toLowerCase().contains("infrastructure"), focus.get(0));
        assertTrue(focus.get(1).toLowerCase().contains("model"), focus.get(1));
        assertTrue(page.rowDiffers("PRIMARY_FOCUS"));
        assertTrue(page.row("REPORTING_LINE").get(0).contains("CTO"), page.row("REPORTING_LINE").get(0));
        assertTrue(page.row("CAREER_PATH").get(0).contains("Data architect"), page.row("CAREER_PATH").get(0));
        assertTrue(page.sharedSkills().containsAll(List.of("Python", "Communication")), page.sharedSkills().toString());
        assertTrue(page.onlyIn("data-engineer").contains("Distributed processing (Spark, Hadoop)"), page.onlyIn("data-engineer").toString());
        assertTrue(page.onlyIn("machine-learning-engineer").contains("ML frameworks (TensorFlow, PyTorch, scikit-learn)"),
                page.onlyIn("machine-learning-engineer").toString());
        assertTrue(page.verdict().contains("predictive models"), page.verdict());
        assertTrue(page.similarity().matches(".*share \\d+ skills: \\d+%.*"), page.similarity());
        assertTrue(page.hasChart(), "the emphasis chart is drawn");
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void thePdfDownloadsAndCarriesTheComparison() throws Exception {
        ComparePage page = ComparePage.open(browser, SEED_PAIR);
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(page.pdfHref()))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }

        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        for (String fact : List.of("Data Engineer vs. Machine Learning Engineer", "Primary focus", "Typically reports to",
                "SQL", "Distributed processing (Spark, Hadoop)", "ML frameworks (TensorFlow, PyTorch, scikit-learn)",
                "Hire a data engineer first", "Skills they share")) {
            assertTrue(text.contains(fact), "the PDF lacks \"" + fact + "\": " + text.substring(0, Math.min(400, text.length())));
        }
    }

    @Test
    void unknownRolesInTheAddressGetAMessageNotAnErrorPage() {
        ComparePage page = ComparePage.open(browser, "data-engineer,no-such-role,NOT%20A%20SLUG");

        String messages = page.messages();

        assertFalse(page.showsComparison());
        assertTrue(messages.contains("There is no published role called \"no-such-role\""), messages);
        assertTrue(messages.contains("Pick at least two published roles"), messages);
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void moreThanFourRolesKeepTheFirstFour() {
        ComparePage page = ComparePage.open(browser, "data-engineer,data-analyst,data-scientist,bi-developer,ai-engineer");

        assertEquals(4, page.columnHeadings().size());
        assertTrue(page.messages().contains("left out: ai-engineer"), page.messages());
    }

    @Test
    void thePickerOpensABookmarkableComparison() {
        ComparePage page = ComparePage.open(browser, null).pickAndCompare("Data Scientist", "Data Analyst");

        String address = java.net.URLDecoder.decode(browser.driver().getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(address.endsWith("/compare?roles=data-scientist,data-analyst"), address);
        assertEquals(List.of("Data Scientist", "Data Analyst"), page.columnHeadings());
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    @Test
    void theActionsBesideAComparisonLineUp() {
        ComparePage page = ComparePage.open(browser, SEED_PAIR);

        Map<String, List<Long>> sits = page.actionGeometry();

        assertEquals(java.util.Set.of("pdf", "print", "whichOne"), sits.keySet(), "a manager gets all three");
        assertEquals(1, new java.util.HashSet<>(sits.values()).size(),
                "same top, height and text inset for a link and a button alike (top, height, text from top, from left): " + sits);
    }

    @Test
    void thePickerSaysWhatToPickInFull() {
        ComparePage hub = ComparePage.open(browser, null);

        assertEquals("Pick two to four roles", hub.pickerPlaceholder());
        assertTrue(hub.pickerPlaceholderFits(), "the typing field shows its placeholder whole");
    }

    @Test
    void theHubListsTheCuratedPairAndTheMostViewedComparisons() throws InterruptedException {
        ComparePage.open(browser, SEED_PAIR);

        // views are stored every few seconds, not on each request
        ComparePage hub = ComparePage.open(browser, null);
        for (int attempt = 0; attempt < 10 && !hub.mostViewed().contains("Data Engineer vs. Machine Learning Engineer"); attempt++) {
            Thread.sleep(1000);
            hub = ComparePage.open(browser, null);
        }

        assertTrue(hub.curatedPairs().contains("Data Engineer vs. Machine Learning Engineer"), hub.curatedPairs().toString());
        assertTrue(hub.mostViewed().contains("Data Engineer vs. Machine Learning Engineer"), hub.mostViewed().toString());
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    /**
     * A comparison's read-only blocks are kept once rendered (o:cache, keyed by the content's versions): each
     * viewer still sees their own name, menu and links, and a change to a role shows at once.
     */
    @Test
    void aComparisonSeenBeforeShowsEachViewerTheirOwnPageAndEveryChange() {
        String roles = "bi-developer,data-analyst";
        ComparePage.open(browser, roles);
        ComparePage marks = ComparePage.open(browser, roles);
        ComparePage ninas = ComparePage.open(others.as(DemoUser.NINA), roles);
        Browser hollysBrowser = others.as(DemoUser.HOLLY);
        ComparePage hollys = ComparePage.open(hollysBrowser, roles);

        assertEquals(DemoUser.MARK.fullName(), marks.userName());
        assertEquals(DemoUser.NINA.fullName(), ninas.userName());
        assertEquals(DemoUser.HOLLY.fullName(), hollys.userName());
        assertEquals(DemoUser.NINA.menu(), ninas.menuEntries());
        assertEquals(DemoUser.HOLLY.menu(), hollys.menuEntries());
        assertTrue(marks.offersWhichOne() && ninas.offersWhichOne(), "managers may start an assessment from the comparison");
        assertFalse(hollys.offersWhichOne(), "HR does not run assessments");
        assertEquals(List.of("BI Developer", "Data Analyst"), hollys.columnHeadings());
        assertEquals(List.of(), hollysBrowser.javaScriptErrors());

        String outlook = "Demand for BI developers, revised " + System.currentTimeMillis() + ".";
        String saved = EditRolePage.open(others.as(DemoUser.ALICE), "bi-developer").setOutlook(outlook).save();
        ComparePage afterwards = ComparePage.open(browser, roles);

        assertTrue(saved.contains("is saved as a new version"), saved);
        assertEquals(outlook, afterwards.row("OUTLOOK").get(0));
        assertEquals(DemoUser.MARK.fullName(), afterwards.userName());
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    /**
     * A browser that holds a comparison is told it is current (304, nothing built or sent) until anything on
     * the page would differ: the content, or who looks at it.
     */
    @Test
    void aComparisonTheBrowserHoldsIsNotSentAgainUntilItChanges() {
        String page = "compare?roles=data-analyst,data-scientist";
        HttpResponse<String> first = browser.requestWithSession(page);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = browser.requestWithSession(page, Map.of("If-None-Match", etag));
        HttpResponse<String> ninas = others.as(DemoUser.NINA).requestWithSession(page, Map.of("If-None-Match", etag));
        EditRolePage.open(others.as(DemoUser.ALICE), "data-analyst")
                .setOutlook("Demand for data analysts, revised " + System.currentTimeMillis() + ".").save();
        HttpResponse<String> changed = browser.requestWithSession(page, Map.of("If-None-Match", etag));

        assertEquals(200, first.statusCode());
        assertEquals(List.of("private, no-cache"), first.headers().allValues("Cache-Control"));
        assertTrue(first.headers().firstValue("Content-Security-Policy").isPresent());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertTrue(again.headers().firstValue("Content-Security-Policy").isEmpty(),
                "the browser keeps the policy whose nonce matches the page it holds");
        assertEquals(200, ninas.statusCode(), "another person's page differs (name, menu)");
        assertEquals(200, changed.statusCode());
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElseThrow());
    }

    /** "Compare with…" on a role's page: the hub with that role picked, a word on what to add, and no warning. */
    @Test
    void aRolePageOpensTheHubWithItsRolePickedAndNoWarning() {
        ComparePage hub = RolePage.open(browser, "data-engineer").compareWith();

        String address = hub.address();
        List<String> picked = hub.pickedRoles();
        String hint = hub.comparedWith();
        String messages = hub.messages();
        boolean comparesAlready = hub.showsComparison();
        ComparePage compared = hub.pickAndCompare("Data Analyst");

        assertTrue(address.endsWith("/compare?roles=data-engineer") || address.endsWith("/compare.xhtml?roles=data-engineer"), address);
        assertEquals(List.of("Data Engineer"), picked);
        assertTrue(hint.contains("Add one to three roles to compare with Data Engineer."), hint);
        assertFalse(messages.contains("Pick at least two"), "one role from its page is not a mistake: " + messages);
        assertFalse(comparesAlready, "one role is no comparison yet");
        assertEquals(List.of("Data Engineer", "Data Analyst"), compared.columnHeadings());
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    /** A single role that is not published is still a mistake the hub names. */
    @Test
    void oneUnknownRoleInTheAddressStillGetsTheWarning() {
        ComparePage page = ComparePage.open(browser, "no-such-role");

        assertTrue(page.messages().contains("There is no published role called \"no-such-role\""), page.messages());
        assertTrue(page.messages().contains("Pick at least two published roles"), page.messages());
        assertEquals("", page.comparedWith());
    }

    /** "Do we need this role?" on a role's page starts an assessment with the role in focus; HR is not offered it. */
    @Test
    void aManagerStartsAnAssessmentFromARolePageWithTheRoleInFocus() {
        AssessmentPage start = RolePage.open(browser, "data-engineer").doWeNeed();

        String focus = start.focusText();
        String title = start.startTitle();
        AssessmentPage assessment = start.begin();
        boolean hrOffered = RolePage.open(others.as(DemoUser.HOLLY), "data-engineer").offersDoWeNeed();

        assertTrue(focus.contains("You came from the role Data Engineer."), focus);
        assertEquals("Data Engineer: the role we need?", title);
        assertEquals("Data Engineer: the role we need?", assessment.heading());
        assertFalse(hrOffered, "HR does not run assessments");
        assertTrue(RolePage.open(browser, "data-engineer").offersDoWeNeed());
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    /** Ticked roles in the catalogue open their comparison at its bookmarkable address. */
    @Test
    void theCatalogueComparesTheTickedRoles() {
        CataloguePage catalogue = CataloguePage.open(browser);
        List<String> labels = catalogue.tickLabels();
        List<String> names = catalogue.roleNames();

        ComparePage page = catalogue.tick("data-engineer", "data-analyst", "data-scientist").compareSelected();

        assertEquals(names.stream().map(name -> "Compare " + name).toList(), labels, "each checkbox is named after its role");
        String address = page.address();
        assertTrue(address.matches(".*/compare(\\.xhtml)?\\?roles=[a-z-]+,[a-z-]+,[a-z-]+$"), address);
        assertTrue(address.contains("data-engineer") && address.contains("data-analyst") && address.contains("data-scientist"), address);
        assertEquals(java.util.Set.of("Data Engineer", "Data Analyst", "Data Scientist"), new java.util.HashSet<>(page.columnHeadings()));
        assertEquals(List.of(), browser.javaScriptErrors());
    }

    /** Fewer than two or more than four ticked: the catalogue says so and keeps what was ticked. */
    @Test
    void theCatalogueRefusesOneOrFiveTickedRoles() {
        CataloguePage one = CataloguePage.open(browser).tick("data-engineer").compareSelectedRefused();
        String tooFew = one.messages();
        List<String> stillTicked = one.ticked();
        CataloguePage five = CataloguePage.open(browser)
                .tick("data-engineer", "data-analyst", "data-scientist", "bi-developer", "ai-engineer").compareSelectedRefused();
        String tooMany = five.messages();

        assertTrue(tooFew.contains("Tick at least two roles to compare."), tooFew);
        assertEquals(List.of("data-engineer"), stillTicked);
        assertTrue(tooMany.contains("A comparison takes at most 4 roles; you ticked 5."), tooMany);
        assertEquals(5, five.ticked().size(), "what was ticked stays ticked, to untick one");
        assertTrue(browser.driver().getCurrentUrl().contains("/roles/"), browser.driver().getCurrentUrl());
        assertEquals(List.of(), browser.javaScriptErrors());
    }
}
