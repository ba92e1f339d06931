package app.rolewise.it;

import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.DescriptionPage;
import app.rolewise.it.pages.EditRolePage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two sessions save the same role, and the same job description, at the same moment, round after round.
 * Every round exactly one save is stored and the other is refused with the conflict message, and what is
 * stored is the winner's text: nothing is silently overwritten, however the two requests interleave (one
 * after the other, or both inside the server at once).
 */
class ConcurrentEditsIT extends SignedInBrowserIT {

    private static final int ROUNDS = 4;
    /** A seeded role no other test reads. */
    private static final String ROLE = "ml-platform-engineer";

    @Test
    void twoAdminsSavingTheSameRoleAtOnceNeverOverwriteEachOther() {
        Browser one = browsers.as(DemoUser.ALICE);
        Browser two = browsers.as(DemoUser.ALICE);
        List<String> wrongRounds = new ArrayList<>();

        for (int round = 1; round <= ROUNDS; round++) {
            String textOne = "Outlook from session one, round " + round + " " + System.nanoTime() + ".";
            String textTwo = "Outlook from session two, round " + round + " " + System.nanoTime() + ".";
            EditRolePage editorOne = EditRolePage.open(one, ROLE).pasteOutlook(textOne);
            EditRolePage editorTwo = EditRolePage.open(two, ROLE).pasteOutlook(textTwo);

            editorOne.clickSave();
            editorTwo.clickSave();
            String answerOne = editorOne.awaitMessages();
            String answerTwo = editorTwo.awaitMessages();
            String stored = EditRolePage.open(one, ROLE).field("outlook");

            Outcome outcome = Outcome.of(answerOne, answerTwo, stored, textOne, textTwo,
                    "is saved as a new version", "saved this role after you opened it");
            if (outcome != Outcome.ONE_WON_CLEANLY) {
                wrongRounds.add("round " + round + ": " + outcome + " [" + answerOne + "] [" + answerTwo + "] stored: " + stored);
            }
        }

        assertEquals(List.of(), wrongRounds);
        assertEquals(List.of(), one.javaScriptErrors());
        assertEquals(List.of(), two.javaScriptErrors());
    }

    @Test
    void twoTabsSavingTheSameJobDescriptionAtOnceNeverOverwriteEachOther() {
        Browser one = browsers.as(DemoUser.MARK);
        String id = JobDescriptionIT.draftedBy(one, "Two tabs at once").id();
        Browser two = browsers.as(DemoUser.MARK);
        List<String> wrongRounds = new ArrayList<>();

        for (int round = 1; round <= ROUNDS; round++) {
            String textOne = "Team text from tab one, round " + round + ".";
            String textTwo = "Team text from tab two, round " + round + ".";
            DescriptionPage tabOne = DescriptionPage.open(one, id).paste("TEAM", textOne);
            DescriptionPage tabTwo = DescriptionPage.open(two, id).paste("TEAM", textTwo);

            tabOne.saveWithoutWaiting();
            tabTwo.saveWithoutWaiting();
            one.awaitAjax(java.time.Duration.ofMillis(200));
            two.awaitAjax(java.time.Duration.ofMillis(200));
            String answerOne = tabOne.outcome();
            String answerTwo = tabTwo.outcome();
            String stored = DescriptionPage.open(one, id).sectionText("TEAM");

            Outcome outcome = Outcome.of(answerOne, answerTwo, stored, textOne, textTwo,
                    "Saved as revision", "changed this description after you opened it");
            if (outcome != Outcome.ONE_WON_CLEANLY) {
                wrongRounds.add("round " + round + ": " + outcome + " [" + answerOne + "] [" + answerTwo + "] stored: " + stored);
            }
        }

        assertEquals(List.of(), wrongRounds);
        assertEquals(List.of(), one.javaScriptErrors());
        assertEquals(List.of(), two.javaScriptErrors());
    }

    /** What one round of two racing saves came to. */
    private enum Outcome {
        ONE_WON_CLEANLY, BOTH_SAVED, NEITHER_SAVED, LOSER_NOT_TOLD, STORED_TEXT_NOT_THE_WINNERS;

        static Outcome of(String answerOne, String answerTwo, String stored, String textOne, String textTwo,
                          String savedMessage, String conflictMessage) {
            boolean oneSaved = answerOne.contains(savedMessage);
            boolean twoSaved = answerTwo.contains(savedMessage);
            if (oneSaved && twoSaved) {
                return BOTH_SAVED;
            }
            if (!oneSaved && !twoSaved) {
                return NEITHER_SAVED;
            }
            String loserAnswer = oneSaved ? answerTwo : answerOne;
            if (!loserAnswer.contains(conflictMessage)) {
                return LOSER_NOT_TOLD;
            }
            return stored.equals(oneSaved ? textOne : textTwo) ? ONE_WON_CLEANLY : STORED_TEXT_NOT_THE_WINNERS;
        }
    }
}
