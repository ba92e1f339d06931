package app.rolewise.library.entity;

import app.rolewise.history.entity.Change;
import app.rolewise.history.entity.Merge;
import app.rolewise.library.entity.RoleContent.Dimension;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoleContentMergeTest {

    private static final RoleContent BASE = RoleContentTest.complete();

    /** The same role with every dimension said differently. */
    private static RoleContent otherInEveryDimension() {
        return new RoleContent("data-engineer", "Senior Data Engineer", "Data/ML", ContentStatus.PUBLISHED,
                "Builds and runs the pipelines.", "15-1242.00", "2522", "Data platforms.", "<p>Another overview</p>",
                List.of("Run pipelines"), List.of(new RoleContent.SkillUse("SQL", Emphasis.HELPFUL)),
                "CTO.", new RoleContent.CareerPath(List.of("Analyst"), List.of("Head of data")),
                List.of("Cloud experience"), "Growing fast.", List.of(new Misconception("Only SQL", "Much more")),
                List.of("Data in many places"), List.of(new FaqEntry("When?", "Now.")));
    }

    private static RoleContent withSummary(RoleContent content, String summary) {
        return content.with(Dimension.SUMMARY, new RoleContent(content.slug(), content.name(), content.family(), content.status(),
                summary, null, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    private static RoleContent withOutlook(RoleContent content, String outlook) {
        return content.with(Dimension.OUTLOOK, new RoleContent(content.slug(), content.name(), content.family(), content.status(),
                null, null, null, null, null, null, null, null, null, null, outlook, null, null, null));
    }

    private static List<Dimension> dimensions(List<Change<Dimension>> changes) {
        return changes.stream().map(Change::field).toList();
    }

    @Test
    void eachDimensionIsTakenWholeAndAlone() {
        RoleContent other = otherInEveryDimension();

        for (Dimension dimension : Dimension.values()) {
            RoleContent taken = BASE.with(dimension, other);

            assertEquals(List.of(dimension), dimensions(BASE.changesTo(taken)), dimension.name());
            assertEquals(dimension.textOf(other), dimension.textOf(taken), dimension.name());
        }
    }

    @Test
    void onlyMineChangedTakesMineAndSavingItChangesOnlyThat() {
        RoleContent mine = withSummary(BASE, "Builds the pipelines, mine.");

        RoleContent.Merged merged = RoleContent.merge(BASE, mine, BASE);

        assertEquals(List.of(Dimension.SUMMARY), merged.merge().mine());
        assertEquals(List.of(), dimensions(merged.content().changesTo(mine)));
    }

    @Test
    void onlyTheirsChangedTakesTheirsInsteadOfMyStaleCopy() {
        RoleContent theirs = withOutlook(BASE, "Growing, theirs.");

        RoleContent.Merged merged = RoleContent.merge(BASE, BASE, theirs);

        assertEquals(List.of(Dimension.OUTLOOK), merged.merge().theirs());
        assertEquals("Growing, theirs.", merged.content().outlook());
        assertEquals(List.of(), theirs.changesTo(merged.content()), "nothing of mine to save over theirs");
    }

    @Test
    void differentDimensionsKeepBothChangesAndOnlyMineAreSavedOverTheirs() {
        RoleContent mine = withSummary(BASE, "Builds the pipelines, mine.");
        RoleContent theirs = withOutlook(new RoleContent(BASE.slug(), BASE.name(), BASE.family(), ContentStatus.ARCHIVED,
                BASE.summary(), BASE.onetSocCode(), BASE.isco08Code(), BASE.primaryFocus(), BASE.overview(), BASE.responsibilities(),
                BASE.skills(), BASE.reportingLine(), BASE.careerPath(), BASE.salaryFactors(), BASE.outlook(), BASE.misconceptions(),
                BASE.whenToHire(), BASE.faq()), "Growing, theirs.");

        RoleContent.Merged merged = RoleContent.merge(BASE, mine, theirs);

        assertEquals(new Merge<>(List.of(Dimension.SUMMARY), List.of(Dimension.OUTLOOK), List.of()), merged.merge());
        assertEquals("Builds the pipelines, mine.", merged.content().summary());
        assertEquals("Growing, theirs.", merged.content().outlook());
        assertEquals(ContentStatus.ARCHIVED, merged.content().status(), "the status is theirs");
        assertEquals(List.of(Dimension.SUMMARY), dimensions(theirs.changesTo(merged.content())));
    }

    @Test
    void bothChangedAlikeIsNoConflict() {
        RoleContent both = withOutlook(BASE, "Growing, both.");

        RoleContent.Merged merged = RoleContent.merge(BASE, both, both);

        assertEquals(new Merge<Dimension>(List.of(), List.of(), List.of()), merged.merge());
        assertEquals("Growing, both.", merged.content().outlook());
    }

    @Test
    void bothChangedDifferentlyIsAConflictAndTheFormKeepsMineUntilPicked() {
        RoleContent mine = withOutlook(BASE, "Growing, mine.");
        RoleContent theirs = withOutlook(BASE, "Growing, theirs.");

        RoleContent.Merged merged = RoleContent.merge(BASE, mine, theirs);

        assertEquals(List.of(new Merge.Conflict<>(Dimension.OUTLOOK, "Growing.", "Growing, mine.", "Growing, theirs.")),
                merged.merge().conflicts());
        assertEquals("Growing, mine.", merged.content().outlook());
        assertEquals("Growing, theirs.", merged.content().with(Dimension.OUTLOOK, theirs).outlook(), "picking theirs");
    }

    @Test
    void untouchedContentMergesToTheSavedContent() {
        RoleContent.Merged merged = RoleContent.merge(BASE, BASE, BASE);

        assertEquals(new Merge<Dimension>(List.of(), List.of(), List.of()), merged.merge());
        assertEquals(List.of(), BASE.changesTo(merged.content()));
    }

    @Test
    void aListDimensionIsOneValueSoTwoEditsOfItConflict() {
        RoleContent mine = BASE.with(Dimension.SKILLS, otherInEveryDimension());
        RoleContent theirs = BASE.with(Dimension.SKILLS, new RoleContent(null, null, null, null, null, null, null, null, null, null,
                List.of(new RoleContent.SkillUse("SQL", Emphasis.CORE)), null, null, null, null, null, null, null));

        RoleContent.Merged merged = RoleContent.merge(BASE, mine, theirs);

        assertEquals(List.of(Dimension.SKILLS), merged.merge().conflictingFields());
        assertEquals(mine.skills(), merged.content().skills());
    }

    @Test
    void contentSurvivesSerialisationAsAViewScopedPageKeepsIt() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(BASE);
        }

        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(List.of(), BASE.changesTo((RoleContent) in.readObject()));
        }
    }
}
