package app.rolewise.it;

import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.ComparePage;
import app.rolewise.it.pages.EditRolePage;
import app.rolewise.it.pages.KeycloakLoginPage;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compare hub as a hiring manager uses it: the seed pair side by side with the seed's facts, the PDF,
 * bookmarkable addresses with wrong role names, the picker and the hub's lists.
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
     * A comparison's page is served from memory after its first rendering (ComparisonPages): each viewer
     * still sees their own name, menu and links, and a change to a role shows at once.
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
}
