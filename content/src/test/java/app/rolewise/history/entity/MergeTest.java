package app.rolewise.history.entity;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MergeTest {

    private static final List<String> FIELDS = List.of("title", "city", "team", "salary");
    private static final Map<String, String> BASE = Map.of("title", "Analyst", "city", "Leeds", "team", "Four people", "salary", "EUR 50000");

    private static Map<String, String> base(String... changes) {
        Map<String, String> content = new HashMap<>(BASE);
        for (int i = 0; i < changes.length; i += 2) {
            content.put(changes[i], changes[i + 1]);
        }
        return content;
    }

    @Test
    void aFieldOnlyMineChangedIsTakenFromMine() {
        Merge<String> merge = Merge.of(FIELDS, BASE::get, base("city", "York")::get, BASE::get);

        assertEquals(List.of("city"), merge.mine());
        assertEquals(List.of(), merge.theirs());
        assertTrue(merge.clean());
        assertTrue(merge.takesMine("city"));
        assertFalse(merge.takesMine("title"));
    }

    @Test
    void aFieldOnlyTheirsChangedIsTakenFromTheirs() {
        Merge<String> merge = Merge.of(FIELDS, BASE::get, BASE::get, base("team", "Six people")::get);

        assertEquals(List.of(), merge.mine());
        assertEquals(List.of("team"), merge.theirs());
        assertTrue(merge.clean());
        assertFalse(merge.takesMine("team"));
    }

    @Test
    void aFieldBothChangedAlikeIsNoConflictAndReadsTheSameInTheirs() {
        Map<String, String> both = base("title", "Data analyst");

        Merge<String> merge = Merge.of(FIELDS, BASE::get, both::get, both::get);

        assertEquals(new Merge<String>(List.of(), List.of(), List.of()), merge);
        assertFalse(merge.takesMine("title"));
    }

    @Test
    void aFieldBothChangedDifferentlyIsAConflictWithAllThreeTextsAndShowsMineUntilSettled() {
        Merge<String> merge = Merge.of(FIELDS, BASE::get, base("salary", "EUR 55000")::get, base("salary", "EUR 60000")::get);

        assertEquals(List.of(new Merge.Conflict<>("salary", "EUR 50000", "EUR 55000", "EUR 60000")), merge.conflicts());
        assertEquals(List.of("salary"), merge.conflictingFields());
        assertFalse(merge.clean());
        assertTrue(merge.takesMine("salary"));
    }

    @Test
    void untouchedContentMergesToNothing() {
        Merge<String> merge = Merge.of(FIELDS, BASE::get, BASE::get, BASE::get);

        assertEquals(new Merge<String>(List.of(), List.of(), List.of()), merge);
        assertTrue(FIELDS.stream().noneMatch(merge::takesMine));
    }

    @Test
    void changesOfDifferentFieldsAreBothKeptInTheOrderGiven() {
        Merge<String> merge = Merge.of(FIELDS, BASE::get, base("salary", "EUR 55000", "title", "Lead analyst")::get,
                base("team", "Six people", "city", "York")::get);

        assertEquals(List.of("title", "salary"), merge.mine());
        assertEquals(List.of("city", "team"), merge.theirs());
        assertTrue(merge.clean());
    }

    @Test
    void aFieldOneSideAddsOrRemovesIsAChangeOfThatSide() {
        Map<String, String> withoutSalary = base();
        withoutSalary.remove("salary");
        Map<String, String> withBonus = base("bonus", "10%");

        Merge<String> merge = Merge.of(List.of("title", "salary", "bonus"), BASE::get, withoutSalary::get, withBonus::get);

        assertEquals(List.of("salary"), merge.mine());
        assertEquals(List.of("bonus"), merge.theirs());
        assertEquals(List.of(new Merge.Conflict<>("salary", "EUR 50000", null, "EUR 45000")),
                Merge.of(List.of("salary"), BASE::get, withoutSalary::get, base("salary", "EUR 45000")::get).conflicts());
    }

    @Test
    void aMergeSurvivesSerialisationAsAViewScopedPageKeepsIt() throws IOException, ClassNotFoundException {
        Merge<String> merge = Merge.of(FIELDS, BASE::get, base("salary", "EUR 55000", "city", "York")::get,
                base("salary", "EUR 60000", "team", "Six people")::get);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(merge);
        }

        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(merge, in.readObject());
        }
    }
}
