package app.rolewise.history.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeTest {

    private static final Map<String, String> OLDER = Map.of("title", "Analyst", "city", "Leeds", "salary", "EUR 50000");
    private static final Map<String, String> NEWER = Map.of("title", "Data analyst", "city", "Leeds", "team", "Four people");

    @Test
    void listsChangedAddedAndRemovedFieldsInTheOrderGivenAndLeavesOutTheUnchanged() {
        List<Change<String>> changes = Change.between(List.of("title", "city", "team", "salary"), OLDER::get, NEWER::get);

        assertEquals(List.of(
                new Change<>("title", "Analyst", "Data analyst"),
                new Change<>("team", null, "Four people"),
                new Change<>("salary", "EUR 50000", null)), changes);
    }

    @Test
    void aFieldWithoutTextBeforeIsAddedAndOneWithoutTextAfterIsRemoved() {
        List<Change<String>> changes = Change.between(List.of("title", "team", "salary"), OLDER::get, NEWER::get);

        assertFalse(changes.get(0).added() || changes.get(0).removed());
        assertTrue(changes.get(1).added() && !changes.get(1).removed());
        assertTrue(changes.get(2).removed() && !changes.get(2).added());
    }

    @Test
    void theSameContentHasNoChanges() {
        assertEquals(List.of(), Change.between(List.of("title", "city", "team", "salary"), OLDER::get, OLDER::get));
    }

    @Test
    void aFieldNeitherSideHasIsNoChange() {
        assertEquals(List.of(), Change.between(List.of("missing"), OLDER::get, NEWER::get));
        assertThrows(IllegalArgumentException.class, () -> new Change<>("missing", null, null));
    }

    /** Inside a paragraph only the words that changed are marked; each side reads back as its whole text. */
    @Test
    void theWordsThatChangedAreMarkedOnEachSide() {
        Change<String> change = new Change<>("summary", "You will build our pipelines, with care.",
                "You will build and run our data pipelines, with care.");

        assertEquals(List.of(new Change.Piece("You will build ", false), new Change.Piece("and run ", true),
                new Change.Piece("our ", false), new Change.Piece("data ", true), new Change.Piece("pipelines, with care.", false)),
                change.afterPieces());
        assertEquals(List.of(new Change.Piece("You will build our pipelines, with care.", false)), change.beforePieces(),
                "nothing of the earlier text is gone");
        assertEquals(change.after(), String.join("", change.afterPieces().stream().map(Change.Piece::text).toList()));
    }

    @Test
    void aRewrittenPhraseIsOneRunNotWordsBetweenSpaces() {
        Change<String> change = new Change<>("summary", "We want a competitive, dominant self-starter.",
                "We want someone who enjoys building things with others.");

        assertTrue(change.afterPieces().contains(new Change.Piece("someone who enjoys building things with others", true)),
                change.afterPieces().toString());
        assertTrue(change.beforePieces().stream().filter(Change.Piece::changed).count() <= 2, change.beforePieces().toString());
    }

    @Test
    void aReplacedWordIsGoneOnOneSideAndNewOnTheOther() {
        Change<String> change = new Change<>("title", "Senior analyst", "Lead analyst");

        assertEquals(List.of(new Change.Piece("Senior", true), new Change.Piece(" analyst", false)), change.beforePieces());
        assertEquals(List.of(new Change.Piece("Lead", true), new Change.Piece(" analyst", false)), change.afterPieces());
    }

    @Test
    void anAddedOrRemovedFieldIsOnePieceOnItsSideAndNothingOnTheOther() {
        Change<String> added = new Change<>("team", null, "Four people");

        assertEquals(List.of(), added.beforePieces());
        assertEquals(List.of(new Change.Piece("Four people", true)), added.afterPieces());
        assertEquals(List.of(new Change.Piece("EUR 50000", true)), new Change<>("salary", "EUR 50000", null).beforePieces());
    }
}
