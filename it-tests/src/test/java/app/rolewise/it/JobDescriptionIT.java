package app.rolewise.it;

import app.rolewise.it.pages.AssessmentPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.DescriptionPage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The path the product is for: a manager assesses, chooses, drafts and edits a job description and sends
 * it to HR; HR asks for changes on a section; the manager fixes it and resubmits; HR approves; the exports
 * carry the approved text. Also: two editors at once, and other managers kept out.
 */
class JobDescriptionIT extends SignedInBrowserIT {

    /** Assesses a team without a data foundation, chooses the recommended role and drafts its description. */
    static DescriptionPage draftedBy(Browser manager, String name) {
        chosenBy(manager, name);
        return DescriptionPage.draftFromAssessment(manager, "Acme Analytics", "Berlin", "DE", 70000, 90000, "EUR");
    }

    /** Assesses a team without a data foundation and chooses the recommended role; returns the assessment's id. */
    private static String chosenBy(Browser manager, String name) {
        AssessmentPage assessment = AssessmentPage.start(manager, name + " " + System.nanoTime());
        String id = assessment.id();
        assessment.answerAll(Situations.PREDICTIONS_WITHOUT_A_FOUNDATION);
        AssessmentPage reopened = AssessmentPage.open(manager, id).toRecommendation();
        reopened.choose(reopened.recommended(), "");
        return id;
    }

    @Test
    void thePreviewShowsTheDraftToItsManagerAndStoresNothing() {
        Browser mark = browsers.as(DemoUser.MARK);
        String assessment = chosenBy(mark, "Preview first");

        DescriptionPage.fillDraftFacts(mark, "Acme Analytics", "Berlin <b>Mitte</b>", "DE", 70000, 90000, "EUR");
        String preview = DescriptionPage.previewDraft(mark);
        String previewByEnter = DescriptionPage.previewDraftByEnterIn(mark, "city");
        HttpResponse<String> badSalary = mark.postWithSession("assessments/preview",
                Map.of("assessment", assessment, "salaryMinimum", "lots"), Map.of());
        HttpResponse<String> notHers = browsers.as(DemoUser.NINA).postWithSession("assessments/preview",
                Map.of("assessment", assessment), Map.of());
        AssessmentPage.open(mark, assessment);
        DescriptionPage drafted = DescriptionPage.draftFromAssessment(mark, "Acme Analytics", "Berlin", "DE", 70000, 90000, "EUR");

        assertTrue(preview.startsWith("Senior Data Engineer"), preview);
        assertTrue(preview.contains("We have no central store for analytical data yet."), preview);
        assertTrue(preview.contains("Hybrid: part of the week at our office in Berlin <b>Mitte</b>, Germany"),
                "the workplace from the radio buttons, the typed city shown as typed: " + preview);
        assertEquals(preview, previewByEnter, "Enter in a field previews; it does not draft");
        assertTrue(preview.contains("EUR 70,000 to 90,000"), preview);
        assertEquals(400, badSalary.statusCode(), badSalary.body());
        assertTrue(badSalary.body().contains("digits only"), badSalary.body());
        assertEquals(403, notHers.statusCode(), notHers.body());
        assertEquals("Senior Data Engineer", drafted.title(), "the preview stored nothing: the assessment could still be drafted");
        assertEquals(List.of(), mark.javaScriptErrors());
    }

    @Test
    void fromAssessmentToApprovedJobDescription() throws IOException {
        Browser mark = browsers.as(DemoUser.MARK);
        DescriptionPage draft = draftedBy(mark, "Platform team, first data hire");
        String id = draft.id();

        assertEquals("Draft", draft.state());
        assertEquals("Senior Data Engineer", draft.title());
        assertTrue(draft.sectionText("TEAM").contains("We have no central store for analytical data yet."), draft.sectionText("TEAM"));
        assertTrue(draft.sectionText("MUST_HAVE").contains("- SQL"), draft.sectionText("MUST_HAVE"));
        assertTrue(draft.sectionText("LOCATION").contains("Berlin, Germany"), draft.sectionText("LOCATION"));
        assertTrue(draft.sectionText("SALARY").contains("EUR 70,000 to 90,000"), draft.sectionText("SALARY"));

        draft.appendTo("SUMMARY", " We want a competitive, dominant self-starter.");
        List<String> flagged = draft.masculineCodedWords();
        String saved = draft.save();
        String submitted = draft.submit();

        assertTrue(flagged.stream().anyMatch(word -> word.startsWith("competitive")), "live check flags: " + flagged);
        assertTrue(saved.contains("Saved as revision 2"), saved);
        assertTrue(submitted.contains("is with HR for review"), submitted);
        assertFalse(draft.isSectionEditable("SUMMARY"), "locked while HR reviews");

        Browser holly = browsers.as(DemoUser.HOLLY);
        assertTrue(holly.driver().findElement(org.openqa.selenium.By.id("waiting")).getText().contains("Senior Data Engineer"),
                "HR's home lists the description waiting for review");
        DescriptionPage review = DescriptionPage.open(holly, id);
        String sentBack = review.comment("SUMMARY", "Please drop the competitive, dominant wording.").requestChanges();
        assertTrue(sentBack.contains("Sent back to the manager"), sentBack);

        mark.open("");
        assertTrue(mark.driver().findElement(org.openqa.selenium.By.id("waiting")).getText().contains("Senior Data Engineer"),
                "the manager's home lists the description sent back");
        DescriptionPage fix = DescriptionPage.open(mark, id);
        assertEquals("Changes requested", fix.state());
        assertTrue(fix.commentsOn("SUMMARY").stream().anyMatch(comment -> comment.contains("drop the competitive")), fix.commentsOn("SUMMARY").toString());
        String fixedSummary = fix.sectionText("SUMMARY").replace(" We want a competitive, dominant self-starter.", " We want someone who enjoys building things with others.");
        fix.replace("SUMMARY", fixedSummary);
        assertTrue(fix.masculineCodedWords().stream().noneMatch(word -> word.startsWith("competitive") || word.startsWith("dominant")),
                "the check follows the edit: " + fix.languageCheck());
        assertTrue(fix.submit().contains("is with HR for review"));

        DescriptionPage approval = DescriptionPage.open(holly, id);
        assertTrue(approval.approve().contains("is approved"));
        assertEquals("Approved", approval.state());
        List<String> decisions = approval.decisions();
        assertEquals("holly Approved", decisions.get(0), decisions.toString());
        assertTrue(decisions.contains("holly Changes requested"), decisions.toString());
        assertTrue(decisions.contains("mark Submitted for review"), decisions.toString());

        HttpResponse<byte[]> pdf = mark.downloadWithSession("descriptions/export?id=" + id + "&format=pdf");
        assertEquals(200, pdf.statusCode());
        String pdfText;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            pdfText = new PDFTextStripper().getText(document);
        }
        assertTrue(pdfText.contains("Senior Data Engineer"), pdfText);
        assertTrue(pdfText.contains("What you bring"), pdfText);
        assertTrue(pdfText.contains("enjoys building things with others"), "the approved text, not the first draft");
        assertFalse(pdfText.contains("dominant"), pdfText);

        HttpResponse<byte[]> jsonLd = mark.downloadWithSession("descriptions/export?id=" + id + "&format=jsonld");
        assertEquals(200, jsonLd.statusCode());
        String exported = new String(jsonLd.body(), StandardCharsets.UTF_8);
        for (String unsafe : List.of("<", ">", "&")) {
            assertFalse(exported.contains(unsafe), "safe to paste into a script element as it is, no raw " + unsafe + ": " + exported);
        }
        JsonObject posting = Json.createReader(new StringReader(exported)).readObject();
        assertEquals("https://schema.org", posting.getString("@context"));
        assertEquals("JobPosting", posting.getString("@type"));
        assertEquals("Senior Data Engineer", posting.getString("title"));
        assertTrue(posting.getString("description").contains("<h2>What you bring</h2>"), posting.getString("description"));
        LocalDate posted = LocalDate.parse(posting.getString("datePosted"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertTrue(posted.equals(today) || posted.equals(today.minusDays(1)), "dated by the approval (a run may cross midnight): " + posted);
        assertEquals("Acme Analytics", posting.getJsonObject("hiringOrganization").getString("name"));
        JsonObject address = posting.getJsonObject("jobLocation").getJsonObject("address");
        assertEquals("Berlin", address.getString("addressLocality"));
        assertEquals("DE", address.getString("addressCountry"));
        assertTrue(posting.toString().contains("15-1243.00"), "occupationalCategory from the role's O*NET-SOC code: " + posting);

        String markdown = new String(mark.downloadWithSession("descriptions/export?id=" + id + "&format=md").body(), StandardCharsets.UTF_8);
        assertTrue(markdown.startsWith("# Senior Data Engineer"), markdown);

        assertEquals(List.of(), mark.javaScriptErrors());
        assertEquals(List.of(), holly.javaScriptErrors());
    }

    @Test
    void aStaleSaveIsRefusedAndKeepsWhatWasTyped() {
        Browser first = browsers.as(DemoUser.MARK);
        String id = draftedBy(first, "Two tabs").id();
        Browser second = browsers.as(DemoUser.MARK);
        DescriptionPage tabOne = DescriptionPage.open(first, id);
        DescriptionPage tabTwo = DescriptionPage.open(second, id);

        String firstSave = tabOne.replace("TEAM", "A small team that ships weekly.").save();
        String secondSave = tabTwo.replace("TEAM", "Typed in the other tab.").save();

        assertTrue(firstSave.contains("Saved as revision 2"), firstSave);
        assertTrue(secondSave.contains("mark changed this description after you opened it"), secondSave);
        assertTrue(tabTwo.conflictShown());
        assertEquals("Typed in the other tab.", tabTwo.sectionText("TEAM"), "the refused text is still there to copy");
        assertEquals("A small team that ships weekly.", DescriptionPage.open(browsers.as(DemoUser.HOLLY), id).sectionText("TEAM"),
                "nothing was overwritten");
    }

    @Test
    void anotherManagerGetsNothingEvenByGuessingTheId() {
        Browser mark = browsers.as(DemoUser.MARK);
        String id = draftedBy(mark, "Private JD").id();
        Browser nina = browsers.as(DemoUser.NINA);

        assertEquals(403, nina.requestWithSession("descriptions/description.xhtml?id=" + id).statusCode());
        assertEquals(403, nina.downloadWithSession("descriptions/export?id=" + id + "&format=pdf").statusCode());
        assertEquals(403, nina.requestWithSession("descriptions/description.xhtml?id=999999").statusCode(),
                "an unknown id answers like someone else's");
        assertEquals(409, mark.downloadWithSession("descriptions/export?id=" + id + "&format=jsonld").statusCode(),
                "no JobPosting before HR approves");
        assertEquals(403, browsers.as(DemoUser.ALICE).requestWithSession("descriptions/description.xhtml?id=" + id).statusCode(),
                "admins maintain content; they do not read hiring drafts");
    }
}
