package app.rolewise.it;

import app.rolewise.it.pages.AssessmentListPage;
import app.rolewise.it.pages.AssessmentPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.DescriptionListPage;
import app.rolewise.it.pages.DescriptionPage;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lists of assessments and job descriptions as people use them once they hold more than a page: a search, a
 * state, a manager (HR), HR's review queue ("in review for more than N days") and an order, all in the address, so
 * that Back and a bookmark return to the same list, and a wrong value is a message, never an error. A manager
 * archives an assessment, finds it in the archive, restores it, and copies one with its answers.
 * <p>
 * The database outlives a run and other tests add to it: every test names its rows with a token of its own and
 * searches for it.
 */
class ListsIT extends SignedInBrowserIT {

    private static String token() {
        return "L" + Long.toString(System.nanoTime(), 36);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aManagerSearchesFiltersAndSortsTheirAssessmentsAtAddressesOfTheirOwn() {
        String run = token();
        Browser mark = signedIn(DemoUser.MARK);
        for (String name : List.of("alpha", "beta", "gamma")) {
            AssessmentPage.start(mark, run + " " + name);
        }
        AssessmentPage.start(signedIn(DemoUser.NINA), run + " nina");

        AssessmentListPage list = AssessmentListPage.open(mark, null).search(run).sort("title-desc").apply();
        List<String> byTitleDescending = list.titles();
        String address = list.address();
        List<String> oldestFirst = list.sort("oldest").apply().titles();
        List<String> inProgress = list.status("IN_PROGRESS").sort("title").apply().titles();
        List<String> statuses = list.statuses();
        String filteredAddress = list.address();
        list.openAssessment(run + " beta");
        List<String> afterBack = AssessmentListPage.back(mark).titles();
        List<String> chosen = AssessmentListPage.open(mark, "q=" + encoded(run) + "&status=ROLE_CHOSEN").titles();
        String nothing = AssessmentListPage.open(mark, "q=" + encoded(run) + "&status=ROLE_CHOSEN").emptyMessage();

        assertEquals(List.of(run + " gamma", run + " beta", run + " alpha"), byTitleDescending, "another manager's is not found");
        assertTrue(address.contains("q=" + run) && address.contains("sort=title-desc"), "the list is its address: " + address);
        assertEquals(List.of(run + " alpha", run + " beta", run + " gamma"), oldestFirst);
        assertEquals(List.of(run + " alpha", run + " beta", run + " gamma"), inProgress);
        assertEquals(List.of("IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS"), statuses);
        assertTrue(filteredAddress.contains("status=IN_PROGRESS") && filteredAddress.contains("sort=title"), filteredAddress);
        assertEquals(inProgress, afterBack, "Back from an assessment returns to the same list");
        assertEquals(List.of(), chosen);
        assertTrue(nothing.contains("Nothing matches"), nothing);
        assertFalse(list.offersManagerFilter(), "a manager's list is their own");
        assertEquals(List.of(), mark.javaScriptErrors());
    }

    @Test
    void hrFindsAssessmentsByManagerAndByTheManagersName() {
        String run = token();
        AssessmentPage.start(signedIn(DemoUser.MARK), run + " marks");
        AssessmentPage.start(signedIn(DemoUser.NINA), run + " ninas");
        Browser holly = signedIn(DemoUser.HOLLY);

        AssessmentListPage all = AssessmentListPage.open(holly, null).search(run).sort("title").apply();
        List<String> everyones = all.titles();
        boolean hrGetsActions = all.offersActionsOn(run + " marks");
        List<String> ninas = all.manager("nina").apply().titles();
        String address = all.address();
        List<String> byName = AssessmentListPage.open(holly, "q=nina&sort=newest").titles();
        List<String> asMark = AssessmentListPage.open(signedIn(DemoUser.MARK), "q=" + encoded(run) + "&manager=nina").titles();

        assertEquals(List.of(run + " marks", run + " ninas"), everyones);
        assertEquals(List.of(run + " ninas"), ninas);
        assertTrue(address.contains("manager=nina"), address);
        assertTrue(byName.contains(run + " ninas") && !byName.contains(run + " marks"), "HR's search finds managers too: " + byName);
        assertEquals(List.of(run + " marks"), asMark, "a manager naming another manager still sees only their own");
        assertFalse(hrGetsActions, "HR reads; only the owner copies and archives");
        assertEquals(List.of(), holly.javaScriptErrors());
    }

    @Test
    void anAssessmentIsArchivedFoundInTheArchiveRestoredAndCopiedWithItsAnswers() {
        String run = token();
        Browser mark = signedIn(DemoUser.MARK);
        String title = run + " archive me";
        AssessmentPage original = AssessmentPage.start(mark, title);
        String originalId = original.id();
        original.answer("goal", "predictive");

        AssessmentListPage list = AssessmentListPage.open(mark, "q=" + encoded(run));
        String archived = list.archive(title);
        List<String> afterArchiving = list.titles();
        List<String> onTheList = AssessmentListPage.open(mark, "q=" + encoded(run)).titles();
        AssessmentListPage archive = AssessmentListPage.open(mark, "q=" + encoded(run) + "&archived=true");
        List<String> inTheArchive = archive.titles();
        List<String> inHrsList = AssessmentListPage.open(signedIn(DemoUser.HOLLY), "q=" + encoded(run)).titles();
        String restored = archive.restore(title);
        List<String> backOnTheList = AssessmentListPage.open(mark, "q=" + encoded(run)).titles();

        assertTrue(archived.contains("\"" + title + "\" is archived"), archived);
        assertEquals(List.of(), afterArchiving, "the row leaves the list at once");
        assertEquals(List.of(), onTheList);
        assertEquals(List.of(title), inTheArchive);
        assertEquals(List.of(), inHrsList, "archived is off HR's list too");
        assertTrue(restored.contains("is back on the list"), restored);
        assertEquals(List.of(title), backOnTheList);

        AssessmentPage copy = AssessmentListPage.open(mark, "q=" + encoded(run)).copy(title);
        String copyId = copy.id();
        String heading = copy.heading();
        boolean answerCopied = copy.isChecked("goal", "predictive");
        copy.answer("goal", "reporting");
        boolean originalKept = AssessmentPage.open(mark, originalId).isChecked("goal", "predictive");
        List<String> both = AssessmentListPage.open(mark, "q=" + encoded(run) + "&sort=title").titles();
        int ninasStatus = signedIn(DemoUser.NINA).requestWithSession("assessments/assessment.xhtml?id=" + copyId).statusCode();

        assertFalse(copyId.equals(originalId), "a new assessment");
        assertEquals("Copy of " + title, heading);
        assertTrue(answerCopied, "the copy has the original's answers");
        assertTrue(originalKept, "answering the copy leaves the original as it was");
        assertEquals(List.of(title, "Copy of " + title).stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), both);
        assertEquals(403, ninasStatus, "the copy is its owner's, as the original");
        assertEquals(List.of(), mark.javaScriptErrors());
    }

    @Test
    void wrongValuesInTheAddressGetAMessageNeverAnError() {
        Browser mark = signedIn(DemoUser.MARK);
        Browser holly = signedIn(DemoUser.HOLLY);
        String assessments = "assessments/?status=SLEEPING&sort=sideways&archived=maybe&q=" + "x".repeat(200) + "&manager=%3Cscript%3E";
        String descriptions = "descriptions/?state=LOST&waiting=soon&sort=%3Cb%3E";

        int assessmentsStatus = mark.requestWithSession(assessments).statusCode();
        int descriptionsStatus = holly.requestWithSession(descriptions).statusCode();
        String assessmentMessages = AssessmentListPage.open(mark, assessments.substring("assessments/?".length())).messages();
        DescriptionListPage queue = DescriptionListPage.open(holly, descriptions.substring("descriptions/?".length()));
        String descriptionMessages = queue.messages();
        String tooLong = DescriptionListPage.open(holly, "waiting=99999").messages();

        assertEquals(200, assessmentsStatus);
        assertEquals(200, descriptionsStatus);
        for (String expected : List.of("There is no state \"SLEEPING\"", "cannot be sorted by \"sideways\"", "\"maybe\" does not say",
                "Search for at most 80 characters")) {
            assertTrue(assessmentMessages.contains(expected), expected + " in " + assessmentMessages);
        }
        for (String expected : List.of("There is no state \"LOST\"", "\"soon\" is not a whole number of days", "cannot be sorted by \"<b>\"")) {
            assertTrue(descriptionMessages.contains(expected), expected + " in " + descriptionMessages);
        }
        assertTrue(tooLong.contains("from 0 to 3650"), tooLong);
        assertEquals(List.of(), mark.javaScriptErrors());
        assertEquals(List.of(), holly.javaScriptErrors());
    }

    /**
     * Two descriptions of one manager, one sent to HR: HR finds it by manager and state, in the review queue with
     * "more than 0 days" but not yet "more than 1 day", and both sort by title and by state; the manager finds their
     * own by title and role.
     */
    @Test
    void jobDescriptionsAreSearchedFilteredSortedAndHrsReviewQueueCountsDays() {
        String run = token();
        Browser mark = signedIn(DemoUser.MARK);
        DescriptionPage submitted = JobDescriptionIT.draftedBy(mark, run + " queue");
        submitted.pasteFact("title", run + " Analytics lead");
        assertTrue(submitted.save().contains("Saved as revision 2"));
        assertTrue(submitted.submit().contains("is with HR for review"));
        DescriptionPage draft = JobDescriptionIT.draftedBy(mark, run + " draft");
        draft.pasteFact("title", run + " Platform engineer");
        assertTrue(draft.save().contains("Saved as revision 2"));

        DescriptionListPage marks = DescriptionListPage.open(mark, null).search(run).sort("title").apply();
        List<String> byTitle = marks.titles();
        boolean managerHasQueue = marks.offersReviewQueue();
        List<String> byRole = DescriptionListPage.open(mark, "q=" + encoded("data engineer") + "&sort=newest").titles();
        Browser holly = signedIn(DemoUser.HOLLY);
        DescriptionListPage hollys = DescriptionListPage.open(holly, null).search(run).manager("mark").state("IN_REVIEW").apply();
        List<String> inReview = hollys.titles();
        String address = hollys.address();
        List<String> waitingSinceToday = DescriptionListPage.open(holly, "q=" + encoded(run) + "&waiting=0").titles();
        DescriptionListPage waitingLonger = DescriptionListPage.open(holly, null).search(run).waitingLongerThan("1").apply();
        List<String> waitingMoreThanADay = waitingLonger.titles();
        String queueAddress = waitingLonger.address();
        String waitingShown = waitingLonger.waitingDays();
        DescriptionListPage byState = DescriptionListPage.open(holly, "q=" + encoded(run) + "&sort=state");
        List<String> titlesByState = byState.titles();
        List<String> statesInOrder = byState.states();
        List<String> approved = DescriptionListPage.open(holly, "q=" + encoded(run) + "&state=APPROVED").titles();
        List<String> ninas = DescriptionListPage.open(holly, "q=" + encoded(run) + "&manager=nina").titles();

        assertEquals(List.of(run + " Analytics lead", run + " Platform engineer"), byTitle);
        assertFalse(managerHasQueue, "the review queue is HR's");
        assertTrue(byRole.containsAll(List.of(run + " Analytics lead", run + " Platform engineer")), "found by their role: " + byRole);
        assertEquals(List.of(run + " Analytics lead"), inReview);
        assertTrue(address.contains("manager=mark") && address.contains("state=IN_REVIEW"), address);
        assertEquals(List.of(run + " Analytics lead"), waitingSinceToday);
        assertEquals(List.of(), waitingMoreThanADay, "submitted today: not yet waiting more than a day");
        assertTrue(queueAddress.contains("waiting=1"), queueAddress);
        assertEquals("1", waitingShown, "the review queue's days stay in the field");
        assertEquals(List.of(run + " Platform engineer", run + " Analytics lead"), titlesByState, "drafts before those in review");
        assertEquals(List.of("DRAFT", "IN_REVIEW"), statesInOrder);
        assertEquals(List.of(), approved);
        assertEquals(List.of(), ninas);
        assertEquals(List.of(), mark.javaScriptErrors());
        assertEquals(List.of(), holly.javaScriptErrors());
    }
}
