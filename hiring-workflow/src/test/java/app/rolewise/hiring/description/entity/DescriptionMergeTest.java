package app.rolewise.hiring.description.entity;

import app.rolewise.hiring.description.entity.DescriptionContent.Fact;
import app.rolewise.hiring.description.entity.DescriptionContent.Merge;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two tabs, one revision: an edit applied onto a revision saved meanwhile, part by part. */
class DescriptionMergeTest {

    private static final PostingFacts BERLIN = new PostingFacts("Acme", Workplace.HYBRID, new Location("Berlin", "DE"),
            new SalaryRange(70_000, 90_000, "EUR"));

    private static DescriptionContent content(String title, PostingFacts facts, String summary, String team) {
        Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
        sections.put(SectionKind.SUMMARY, summary);
        sections.put(SectionKind.TEAM, team);
        return new DescriptionContent(title, facts, sections);
    }

    private final DescriptionContent base = content("Data Engineer", BERLIN, "The opening.", "The team.");

    @Test
    void differentSectionsChangedInEachTabAreBothKept() {
        DescriptionContent mine = content("Data Engineer", BERLIN, "My opening.", "The team.");
        DescriptionContent theirs = content("Data Engineer", BERLIN, "The opening.", "Their team.");

        Merge merge = DescriptionContent.merge(base, mine, theirs);

        assertEquals(List.of(), merge.conflicts());
        assertEquals(List.of(SectionKind.TEAM), merge.fromTheirs());
        assertEquals("My opening.", merge.content().section(SectionKind.SUMMARY));
        assertEquals("Their team.", merge.content().section(SectionKind.TEAM));
    }

    @Test
    void theSameSectionChangedDifferentlyIsAConflictThatKeepsTheirText() {
        DescriptionContent mine = content("Data Engineer", BERLIN, "My opening.", "The team.");
        DescriptionContent theirs = content("Senior Data Engineer", BERLIN, "Their opening.", "The team.");

        Merge merge = DescriptionContent.merge(base, mine, theirs);

        assertEquals(List.of(SectionKind.SUMMARY), merge.conflicts());
        assertEquals(List.of(Fact.TITLE), merge.fromTheirs());
        assertEquals("Their opening.", merge.content().section(SectionKind.SUMMARY), "nothing of mine goes over theirs unasked");
        assertEquals("Senior Data Engineer", merge.content().title());
    }

    @Test
    void theSameChangeInBothTabsIsNoConflict() {
        DescriptionContent both = content("Data Engineer", BERLIN, "Same opening.", "The team.");

        Merge merge = DescriptionContent.merge(base, both, both);

        assertEquals(List.of(), merge.conflicts());
        assertEquals(List.of(), merge.fromTheirs());
        assertEquals(both, merge.content());
    }

    @Test
    void theFactsMoveAsOneAndAConflictNamesTheFactsThatDiffer() {
        PostingFacts munich = new PostingFacts("Acme", Workplace.HYBRID, new Location("München", "DE"), new SalaryRange(70_000, 90_000, "EUR"));
        PostingFacts higher = new PostingFacts("Acme", Workplace.HYBRID, new Location("Berlin", "DE"), new SalaryRange(80_000, 95_000, "EUR"));

        Merge theirsOnly = DescriptionContent.merge(base, base, content("Data Engineer", munich, "The opening.", "The team."));
        Merge both = DescriptionContent.merge(base, content("Data Engineer", higher, "The opening.", "The team."),
                content("Data Engineer", munich, "The opening.", "The team."));

        assertEquals(List.of(Fact.CITY), theirsOnly.fromTheirs());
        assertEquals(munich, theirsOnly.content().facts());
        assertEquals(List.of(Fact.CITY, Fact.SALARY), both.conflicts());
    }
}
