package app.rolewise.it;

import app.rolewise.it.pages.AssessmentPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.DescriptionPage;
import app.rolewise.it.pages.KeycloakLoginPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing saved is lost when the server dies. WildFly is killed (SIGKILL) while a manager is halfway through
 * an assessment and while a save of a job description is on its way, then started again: every answer given
 * and every revision saved before the kill is there, and the save cut short either happened whole or not at
 * all.
 *
 * <p>Not an Arquillian test: it needs a server it may kill. The build runs it in a failsafe execution of its
 * own, after the Arquillian suite has stopped its server, on the same database and Keycloak.
 */
class CrashIT {

    private static WildFlyProcess wildFly;

    @BeforeAll
    static void startServer() throws Exception {
        wildFly = WildFlyProcess.besides(
                Path.of(System.getProperty("wildfly.home")),
                Path.of(System.getProperty("rolewise.war")),
                Path.of(System.getProperty("rolewise.servers.script")),
                Path.of("target", "crash"));
        wildFly.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (wildFly != null) {
            wildFly.close();
        }
    }

    @Test
    void killedMidAssessmentAndMidSaveEverySavedAnswerAndRevisionIsThereAfterTheRestart() throws Exception {
        try (Browser mark = new Browser(URI.create("http://" + RolewiseDeployment.HOST + ":8080/"))) {
            mark.open("");
            KeycloakLoginPage.expect(mark).signInAs(DemoUser.MARK);

            DescriptionPage editing = JobDescriptionIT.draftedBy(mark, "Crash: editing");
            String descriptionId = editing.id();
            String firstSave = editing.replace("TEAM", "Saved before the crash.").save();
            String summaryBefore = editing.sectionText("SUMMARY");

            AssessmentPage halfway = AssessmentPage.start(mark, "Crash: halfway " + System.nanoTime());
            String assessmentId = halfway.id();
            halfway.answer("goal", "predictive").next();
            halfway.answer("sources-integrated", "no").answer("central-store", "none");

            DescriptionPage.open(mark, descriptionId).paste("SUMMARY", "Sent as the server died.").saveWithoutWaiting();
            wildFly.kill();
            wildFly.start();

            // The session died with the server; Keycloak still knows the user, so opening a page signs in again.
            AssessmentPage resumed = AssessmentPage.open(mark, assessmentId);
            boolean goalKept = resumed.isChecked("goal", "predictive");
            boolean sourcesKept = resumed.isCheckedOnStep("sources-integrated", "no");
            boolean storeKept = resumed.isChecked("central-store", "none");
            DescriptionPage reopened = DescriptionPage.open(mark, descriptionId);
            int revision = reopened.revision();
            String team = reopened.sectionText("TEAM");
            String summary = reopened.sectionText("SUMMARY");
            List<Integer> revisions = reopened.revisions();

            assertTrue(firstSave.contains("Saved as revision 2"), firstSave);
            assertTrue(goalKept && sourcesKept && storeKept, "answers after the restart: goal " + goalKept
                    + ", sources " + sourcesKept + ", central store " + storeKept);
            assertEquals("Saved before the crash.", team, "the revision saved before the kill");
            assertTrue(revision == 2 && summary.equals(summaryBefore) || revision == 3 && summary.equals("Sent as the server died."),
                    "the save cut short happened whole or not at all: revision " + revision + ", summary " + summary);
            assertEquals(IntStream.rangeClosed(1, revision).boxed().sorted((a, b) -> b - a).toList(),
                    revisions.stream().sorted((a, b) -> b - a).toList(), "every revision up to the current one is stored");
        }
    }
}
