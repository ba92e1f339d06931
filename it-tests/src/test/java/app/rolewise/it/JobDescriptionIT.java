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
import java.time.Duration;
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
        String suggestedLine = mark.driver().findElement(org.openqa.selenium.By.id("draft:reportsTo")).getAttribute("value");
        mark.driver().findElement(org.openqa.selenium.By.id("draft:whatWeDo")).sendKeys("We make software for city bus networks.");
        mark.driver().findElement(org.openqa.selenium.By.id("draft:benefits")).sendKeys("30 days of paid holiday\nA learning budget");
        String preview = DescriptionPage.previewDraft(mark);
        // looked at: the draft form with its preview, at desktop and phone width
        mark.pageScreenshot("JobDescriptionIT-draft-form-preview-1366", 1366);
        mark.pageScreenshot("JobDescriptionIT-draft-form-preview-390", 390);
        String previewByEnter = DescriptionPage.previewDraftByEnterIn(mark, "city");
        HttpResponse<String> badSalary = mark.postWithSession("assessments/preview",
                Map.of("assessment", assessment, "salaryMinimum", "lots"), Map.of());
        // what Draft refuses, the preview refuses with the same words: no organisation, the lowest salary above the highest
        HttpResponse<String> refused = mark.postWithSession("assessments/preview", Map.of("assessment", assessment, "workplace", "HYBRID",
                "city", "Berlin", "country", "DE", "salaryMinimum", "90000", "salaryMaximum", "70000", "currency", "EUR"), Map.of());
        HttpResponse<String> notHers = browsers.as(DemoUser.NINA).postWithSession("assessments/preview",
                Map.of("assessment", assessment), Map.of());
        AssessmentPage.open(mark, assessment);
        DescriptionPage drafted = DescriptionPage.draftFromAssessment(mark, "Acme Analytics", "Berlin", "DE", 70000, 90000, "EUR");

        assertTrue(preview.startsWith("Senior Data Engineer"), preview);
        assertTrue(preview.contains("At Acme Analytics, we want our data to power predictions"), "the organisation named: " + preview);
        assertTrue(preview.contains("Build our first central store for analytical data."), preview);
        assertEquals("our head of product", suggestedLine, "the answer 'a product leader' as one line to confirm");
        assertTrue(preview.contains("You will report to our head of product."), "the line the form suggests: " + preview);
        assertTrue(preview.contains("About us\nWe make software for city bus networks.\nWhat we offer:\n30 days of paid holiday\nA learning budget"),
                "About us in the manager's words: " + preview);
        assertTrue(preview.contains("Hybrid: part of the week at our office in Berlin <b>Mitte</b>, Germany"),
                "the workplace from the radio buttons, the typed city shown as typed: " + preview);
        assertEquals(preview, previewByEnter, "Enter in a field previews; it does not draft");
        assertTrue(preview.contains("EUR 70,000 to 90,000"), preview);
        assertEquals(400, badSalary.statusCode(), badSalary.body());
        assertTrue(badSalary.body().contains("digits only"), badSalary.body());
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Name the organisation that hires.") && refused.body().contains("The lowest salary is above the highest."),
                refused.body());
        assertFalse(refused.body().contains("html"), "no preview of what cannot be drafted: " + refused.body());
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
        assertTrue(draft.sectionText("SUMMARY").startsWith("At Acme Analytics, we want our data to power predictions"), draft.sectionText("SUMMARY"));
        assertTrue(draft.sectionText("IMPACT").contains("- Build our first central store for analytical data."), draft.sectionText("IMPACT"));
        assertFalse(draft.sectionText("TEAM").contains("late"), "no weakness of the organisation: " + draft.sectionText("TEAM"));
        assertTrue(draft.sectionText("MUST_HAVE").startsWith("- Five years or more of hands-on experience"), draft.sectionText("MUST_HAVE"));
        assertTrue(draft.sectionText("MUST_HAVE").contains("core tools and methods of the role: SQL"), draft.sectionText("MUST_HAVE"));
        assertEquals("You will report to our head of product.", draft.sectionText("REPORTING"));
        assertTrue(draft.sectionText("LOCATION").contains("Berlin, Germany"), draft.sectionText("LOCATION"));
        assertTrue(draft.sectionText("SALARY").contains("EUR 70,000 to 90,000"), draft.sectionText("SALARY"));

        draft.appendTo("SUMMARY", " We want a competitive, dominant self-starter.");
        List<String> flagged = draft.masculineCodedWords();
        String saved = draft.save();
        String heldBack = draft.submit();
        String submitted = draft.submitAnyway("The wording is on purpose; let us talk about it.");

        assertTrue(flagged.stream().anyMatch(word -> word.startsWith("competitive")), "live check flags: " + flagged);
        assertTrue(saved.contains("Saved as revision 2"), saved);
        assertTrue(heldBack.contains("The text leans masculine") && heldBack.contains("it was not sent"), "held back once: " + heldBack);
        assertTrue(submitted.contains("is with HR for review"), submitted);
        assertFalse(draft.isSectionEditable("SUMMARY"), "locked while HR reviews");

        Browser holly = browsers.as(DemoUser.HOLLY);
        assertTrue(holly.driver().findElement(org.openqa.selenium.By.id("waiting")).getText().contains("Senior Data Engineer"),
                "HR's home lists the description waiting for review");
        DescriptionPage review = DescriptionPage.open(holly, id);
        List<String> sentWith = review.decisions();
        assertTrue(sentWith.stream().anyMatch(decision -> decision.contains("sent leaning masculine") && decision.contains("masculine-coded words")),
                "HR sees that it was sent with the words left: " + sentWith);
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
        approval.revisionsTab();
        String note = approval.comparisonNote();
        List<String> inserted = approval.markedWords("ins");
        List<String> deleted = approval.markedWords("del");
        assertTrue(note.contains("since revision 2, the one you last reviewed"), "HR sees what is new since their review: " + note);
        assertTrue(inserted.stream().anyMatch(words -> words.contains("enjoys building things with others")), inserted.toString());
        assertTrue(deleted.stream().anyMatch(words -> words.contains("dominant")), deleted.toString());
        assertTrue(inserted.stream().noneMatch(words -> words.length() > 200),
                "only the changed words are marked, not whole sections: " + inserted);
        assertTrue(approval.approve().contains("is approved"));
        assertEquals("Approved", approval.state());
        List<String> decisions = DescriptionPage.open(holly, id).decisions(); // the decisions tab, as the page opens
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

    /**
     * Approval means something: reopening asks first; while the manager writes a newer revision, job boards keep
     * getting the approved one (JSON-LD), its Markdown and PDF stay at hand, and the draft's files say they are one.
     */
    @Test
    void theApprovedRevisionStaysPublishedWhileANewerOneIsWritten() throws IOException {
        Browser mark = browsers.as(DemoUser.MARK);
        String approvedTitle = "Published analyst " + System.nanoTime();
        DescriptionPage draft = draftedBy(mark, "Published while revised");
        String id = draft.id();
        draft.pasteFact("title", approvedTitle);
        assertTrue(draft.save().contains("Saved as revision 2"));
        assertTrue(draft.submit().contains("is with HR for review"));
        assertTrue(DescriptionPage.open(browsers.as(DemoUser.HOLLY), id).approve().contains("is approved"));

        DescriptionPage approved = DescriptionPage.open(mark, id);
        approved.reopen("The salary band changed", false);
        String question = approved.asked();
        String stateAfterNo = DescriptionPage.open(mark, id).state();
        DescriptionPage reopened = DescriptionPage.open(mark, id);
        String outcome = reopened.reopen("The salary band changed", true);
        reopened.pasteFact("title", approvedTitle + " (new)");
        String saved = reopened.save();
        String notice = DescriptionPage.open(mark, id).publishedNotice();

        HttpResponse<byte[]> jsonLd = mark.downloadWithSession("descriptions/export?id=" + id + "&format=jsonld");
        String publishedTitle = Json.createReader(new StringReader(new String(jsonLd.body(), StandardCharsets.UTF_8))).readObject().getString("title");
        String draftMarkdown = new String(mark.downloadWithSession("descriptions/export?id=" + id + "&format=md").body(), StandardCharsets.UTF_8);
        String approvedMarkdown = new String(mark.downloadWithSession("descriptions/export?id=" + id + "&format=md&revision=approved").body(),
                StandardCharsets.UTF_8);
        String draftPdf = pdfText(mark.downloadWithSession("descriptions/export?id=" + id + "&format=pdf").body(), true);
        String approvedPdf = pdfText(mark.downloadWithSession("descriptions/export?id=" + id + "&format=pdf&revision=approved").body(), false);

        assertTrue(question.contains("Job boards keep getting the approved revision"), question);
        assertEquals("Approved", stateAfterNo, "No leaves it approved");
        assertTrue(outcome.contains("You can now change the description"), outcome);
        assertTrue(saved.contains("Saved as revision 3"), saved);
        assertTrue(notice.contains("Revision 2, approved on") && notice.contains("stays published"), notice);
        assertEquals(200, jsonLd.statusCode(), "the careers page keeps its posting");
        assertEquals(approvedTitle, publishedTitle, "job boards get the approved text, not the newer one");
        assertTrue(draftMarkdown.startsWith("> DRAFT, not approved: revision 3"), draftMarkdown);
        assertTrue(draftMarkdown.contains(approvedTitle + " (new)"), draftMarkdown);
        assertTrue(approvedMarkdown.startsWith("# " + approvedTitle), approvedMarkdown);
        assertTrue(draftPdf.startsWith("DRAFT, not approved: revision 3"), draftPdf);
        assertTrue(approvedPdf.contains(approvedTitle) && !approvedPdf.contains("DRAFT"), approvedPdf);
        assertEquals(List.of(), mark.javaScriptErrors());
    }

    /**
     * The terms a candidate looks for (contract, start, closing date, where to apply, reference) are typed in the
     * editor; a closing date already past is refused with everything typed kept; once approved, job boards get
     * them in the JSON-LD and the files print them under the facts. A salary without a currency is in the
     * country's. The preview refuses what Draft refuses about them too.
     */
    @Test
    void theTermsACandidateLooksForReachTheJsonLdAndTheFiles() throws IOException {
        Browser mark = browsers.as(DemoUser.MARK);
        String assessment = chosenBy(mark, "Terms");
        HttpResponse<String> refusedPreview = mark.postWithSession("assessments/preview", Map.of("assessment", assessment,
                "organisation", "Acme Analytics", "workplace", "REMOTE", "country", "DE", "employmentType", "PART_TIME",
                "startDate", "2027-03-01", "closingDate", "2027-04-01", "applyAt", "ftp://jobs"), Map.of());
        HttpResponse<String> unreadableDate = mark.postWithSession("assessments/preview", Map.of("assessment", assessment,
                "organisation", "Acme Analytics", "workplace", "REMOTE", "country", "DE", "startDate", "next spring"), Map.of());
        AssessmentPage.open(mark, assessment);
        DescriptionPage page = DescriptionPage.draftFromAssessment(mark, "Acme Analytics", "Berlin", "DE", 70000, 90000, "");
        String id = page.id();
        String draftedCurrency = page.fact("currency");
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusMonths(3);
        LocalDate closing = start.minusMonths(1);
        page.chooseFact("employmentType", "PART_TIME").pasteFact("startDate_input", start.toString())
                .pasteFact("closingDate_input", "2020-01-31").pasteFact("applyAt", "https://jobs.acme.example/apply/42")
                .pasteFact("requisitionId", "DE-42");
        String refusedSave = page.save();
        String keptApplyAt = page.fact("applyAt");
        page.pasteFact("closingDate_input", closing.toString());
        String saved = page.save();
        assertTrue(page.submit().contains("is with HR for review"));
        assertTrue(DescriptionPage.open(browsers.as(DemoUser.HOLLY), id).approve().contains("is approved"));

        JsonObject posting = Json.createReader(new StringReader(new String(
                mark.downloadWithSession("descriptions/export?id=" + id + "&format=jsonld").body(), StandardCharsets.UTF_8))).readObject();
        String markdown = new String(mark.downloadWithSession("descriptions/export?id=" + id + "&format=md").body(), StandardCharsets.UTF_8);
        String pdf = pdfText(mark.downloadWithSession("descriptions/export?id=" + id + "&format=pdf").body(), false);

        assertEquals(422, refusedPreview.statusCode(), refusedPreview.body());
        assertTrue(refusedPreview.body().contains("Applications close after the job starts")
                && refusedPreview.body().contains("a web address starting with https://"), refusedPreview.body());
        assertEquals(400, unreadableDate.statusCode(), unreadableDate.body());
        assertTrue(unreadableDate.body().contains("year-month-day"), unreadableDate.body());
        assertEquals("EUR", draftedCurrency, "no currency typed: Germany's");
        assertTrue(refusedSave.contains("The closing date has passed"), refusedSave);
        assertEquals("https://jobs.acme.example/apply/42", keptApplyAt, "a refused save keeps what was typed");
        assertTrue(saved.contains("Saved as revision 2"), saved);
        assertEquals("PART_TIME", posting.getString("employmentType"));
        assertEquals(start.toString(), posting.getString("jobStartDate"));
        assertEquals(closing.toString(), posting.getString("validThrough"));
        assertEquals("https://jobs.acme.example/apply/42", posting.getString("url"));
        assertTrue(posting.getBoolean("directApply"));
        assertEquals("DE-42", posting.getJsonObject("identifier").getString("value"));
        assertEquals("EUR", posting.getJsonObject("baseSalary").getString("currency"));
        assertTrue(markdown.contains("Part-time · Starts on ") && markdown.contains(" · Reference DE-42 · Apply at https://jobs.acme.example/apply/42"),
                markdown);
        assertTrue(pdf.contains("Part-time · Starts on") && pdf.contains("Reference DE-42"), pdf);
        assertEquals(List.of(), mark.javaScriptErrors());
    }

    /**
     * A PDF's text: by position, top to bottom as a reader sees it (PDFBox's content order leaves out text on a
     * tinted ground, such as the draft notice), or in content order (which keeps each word whole).
     */
    private static String pdfText(byte[] pdf, boolean byPosition) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            return stripper.getText(document).strip();
        }
    }

    @Test
    void theSavedMessageIsWhereTheUserIsAndStaysWhileTheyWriteOn() {
        Browser mark = browsers.as(DemoUser.MARK);
        DescriptionPage draft = draftedBy(mark, "Saved in view");

        String saved = draft.replace("TEAM", "A small team that ships weekly.").save();
        boolean inView = draft.outcomeInView();
        draft.appendTo("TEAM", " We want a competitive self-starter.");
        mark.awaitAjax(Duration.ofSeconds(2));
        List<String> checked = draft.masculineCodedWords();
        String afterTyping = draft.outcome();

        assertTrue(saved.contains("Saved as revision 2"), saved);
        assertTrue(inView, "the message is within the window after saving, beside the button, not at the top of the long page");
        assertTrue(checked.stream().anyMatch(word -> word.startsWith("competitive")), "the live check ran on the typing: " + checked);
        assertTrue(afterTyping.contains("Saved as revision 2"), "the live check leaves the message where it is: " + afterTyping);
        assertFalse(draft.messages().contains("Saved as revision"), "said once, beside the buttons: " + draft.messages());
        assertEquals(List.of(), mark.javaScriptErrors());
    }

    @Test
    void pastedTextIsCheckedAsTypedTextIs() {
        Browser mark = browsers.as(DemoUser.MARK);
        DescriptionPage draft = draftedBy(mark, "Pasted text");
        List<String> before = draft.masculineCodedWords();

        List<String> wordingBefore = draft.wordingRules();
        draft.pasteLive("SUMMARY", draft.sectionText("SUMMARY") + " We want a dominant personality. Dominant teams win.");
        List<String> after = draft.masculineCodedWords();
        Map<String, Integer> counts = draft.flaggedWordCounts();
        draft.pasteLive("TEAM", "A young and dynamic team of data ninjas.");
        List<String> wordingAfter = draft.wordingRules();
        String wordingShown = draft.languageCheck();
        mark.pageScreenshot("JobDescriptionIT-wording-advice-1366", 1366);
        mark.pageScreenshot("JobDescriptionIT-wording-advice-390", 390);

        assertTrue(before.stream().noneMatch(word -> word.startsWith("dominant")), before.toString());
        assertTrue(after.stream().anyMatch(word -> word.startsWith("dominant")), "the check follows a paste: " + draft.languageCheck());
        assertEquals(2, counts.get("dominant"), "a repeated word is one entry with its count: " + counts);
        assertEquals(List.of(), wordingBefore, "the draft Rolewise writes has nothing a recruiter would change");
        assertEquals(List.of("young", "rockstar"), wordingAfter, draft.languageCheck());
        assertTrue(wordingShown.contains("Shuts people out: young and dynamic") && wordingShown.contains("Describe the skills and the way of working"),
                "the kind, the phrase, why and what to write instead: " + wordingShown);
        assertEquals(List.of(), mark.javaScriptErrors());
    }

    /** The limit shows before it bites; text over it is never cut by the browser, and saving it is refused with a message. */
    @Test
    void aLongSectionIsCountedNeverCutAndRefusedOnSaveKeepingTheText() {
        Browser mark = browsers.as(DemoUser.MARK);
        DescriptionPage draft = draftedBy(mark, "Long section");
        draft.pasteLive("GROWTH", "");
        String empty = draft.counter("GROWTH");
        draft.typeInto("GROWTH", "x".repeat(4_100));
        String over = draft.counter("GROWTH");
        int typed = draft.sectionLength("GROWTH");
        String refused = draft.save();
        int kept = draft.sectionLength("GROWTH");

        assertEquals("0 of 4,000 characters", empty);
        assertEquals("4,100 of 4,000 characters: too long to save, shorten it", over);
        assertEquals(4_100, typed, "nothing is cut");
        assertTrue(refused.contains("A section is at most 4000 characters"), refused);
        assertEquals(4_100, kept, "the refused text stays in the box");
        assertEquals(List.of(), mark.javaScriptErrors());
    }

    /** One manager's description open in two browsers, as two tabs would have it. */
    private record TwoTabs(String id, DescriptionPage tabOne, DescriptionPage tabTwo, Browser second) {
    }

    private TwoTabs twoTabs(String name) {
        Browser first = browsers.as(DemoUser.MARK);
        String id = draftedBy(first, name).id();
        Browser second = browsers.as(DemoUser.MARK);
        return new TwoTabs(id, DescriptionPage.open(first, id), DescriptionPage.open(second, id), second);
    }

    @Test
    void aStaleSaveIsRefusedAndKeepsWhatWasTyped() {
        TwoTabs tabs = twoTabs("Two tabs");
        String id = tabs.id();
        DescriptionPage tabOne = tabs.tabOne();
        DescriptionPage tabTwo = tabs.tabTwo();
        Browser second = tabs.second();

        String firstSave = tabOne.replace("TEAM", "A small team that ships weekly.").save();
        String secondSave = tabTwo.replace("TEAM", "Typed in the other tab.").save();
        second.pageScreenshot("JobDescriptionIT-both-changed-1366", 1366);
        second.pageScreenshot("JobDescriptionIT-both-changed-390", 390);

        assertTrue(firstSave.contains("Saved as revision 2"), firstSave);
        assertTrue(secondSave.contains("mark changed this description after you opened it"), secondSave);
        assertTrue(tabTwo.conflictShown());
        assertEquals("Typed in the other tab.", tabTwo.sectionText("TEAM"), "the refused text is still there to copy");
        assertEquals("A small team that ships weekly.", DescriptionPage.open(browsers.as(DemoUser.HOLLY), id).sectionText("TEAM"),
                "nothing was overwritten");
        assertEquals("A small team that ships weekly.", tabTwo.meanwhile("TEAM"), "the other tab's text beside the refused one");
        assertTrue(secondSave.contains("also changed About the team meanwhile"), secondSave);
        String decided = tabTwo.save();
        assertTrue(decided.contains("Saved as revision 3"), "saving again is the user's decision on that section: " + decided);
        assertEquals("Typed in the other tab.", DescriptionPage.open(browsers.as(DemoUser.HOLLY), id).sectionText("TEAM"));
    }

    /** Two tabs that changed different sections both keep their work: the later save is applied onto the earlier one. */
    @Test
    void twoTabsEditingDifferentSectionsBothSave() {
        TwoTabs tabs = twoTabs("Two tabs, two sections");
        String id = tabs.id();
        DescriptionPage tabOne = tabs.tabOne();
        DescriptionPage tabTwo = tabs.tabTwo();

        String firstSave = tabOne.replace("TEAM", "A small team that ships weekly.").save();
        String secondSave = tabTwo.replace("SOFT_SKILLS", "You explain your work to people outside data.").save();
        DescriptionPage stored = DescriptionPage.open(browsers.as(DemoUser.HOLLY), id);

        assertTrue(firstSave.contains("Saved as revision 2"), firstSave);
        assertTrue(secondSave.contains("Saved as revision 3, together with what mark saved meanwhile in other parts: About the team"), secondSave);
        assertFalse(tabTwo.conflictShown(), "nothing to resolve");
        assertEquals("A small team that ships weekly.", stored.sectionText("TEAM"));
        assertEquals("You explain your work to people outside data.", stored.sectionText("SOFT_SKILLS"));
        assertEquals("A small team that ships weekly.", tabTwo.sectionText("TEAM"), "the page shows the merged text");
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
