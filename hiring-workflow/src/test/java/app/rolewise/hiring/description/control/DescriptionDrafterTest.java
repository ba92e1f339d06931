package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.DescriptionContent;
import app.rolewise.hiring.description.entity.Location;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.SalaryRange;
import app.rolewise.hiring.description.entity.Workplace;
import app.rolewise.library.entity.Emphasis;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.library.entity.Skill;
import app.rolewise.library.entity.SkillKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static app.rolewise.hiring.description.entity.SectionKind.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DescriptionDrafterTest {

    private final DescriptionDrafter drafter = new DescriptionDrafter();

    private static Role dataEngineer() {
        Role role = new Role(new RoleSlug("data-engineer"), "Data Engineer", "Data/AI",
                "Designs and runs the pipelines that turn raw data into datasets people can trust.");
        role.setPrimaryFocus("Building and looking after data infrastructure. It keeps data dependable. A third sentence.");
        role.setResponsibilities(List.of("Build batch and streaming pipelines.", "Guard data quality with tests."));
        role.useSkill(new Skill("SQL", SkillKind.HARD, "Data"), Emphasis.CORE);
        role.useSkill(new Skill("Kafka", SkillKind.HARD, "Streaming"), Emphasis.HELPFUL);
        role.useSkill(new Skill("Clear communication", SkillKind.SOFT, "Working with others"), Emphasis.CORE);
        role.setProgression(List.of("Data Engineer", "Senior data engineer", "Data architect"));
        role.setReportingLine("Usually answers to a head of data.");
        return role;
    }

    @Test
    void theGrowthPathNamesEachAlternativeWhereThePathBranches() {
        Role role = dataEngineer();
        role.setProgression(List.of("Senior data engineer", "Data architect | Data engineering manager"));

        DescriptionContent draft = drafter.draft(role, Map.of(), berlin());

        assertEquals("This role can grow into:\n- Senior data engineer\n- Data architect\n- Data engineering manager", draft.section(GROWTH));
    }

    private static PostingFacts berlin() {
        return new PostingFacts("Acme Analytics", Workplace.HYBRID, new Location("Berlin", "DE"), new SalaryRange(70000, 90000, "eur"));
    }

    @Test
    void takesWhatTheJobIsFromTheRole() {
        DescriptionContent draft = drafter.draft(dataEngineer(), Map.of(), berlin());

        assertEquals("Data Engineer", draft.title());
        assertTrue(draft.section(SUMMARY).startsWith("Data Engineer: designs and runs the pipelines"), draft.section(SUMMARY));
        assertTrue(draft.section(SUMMARY).contains("Main focus: building and looking after data infrastructure. It keeps data dependable."));
        assertFalse(draft.section(SUMMARY).contains("A third sentence"), "only the first two sentences of the focus");
        assertEquals("- Build batch and streaming pipelines.\n- Guard data quality with tests.", draft.section(RESPONSIBILITIES));
        assertEquals("- SQL", draft.section(MUST_HAVE));
        assertEquals("- Kafka", draft.section(NICE_TO_HAVE));
        assertEquals("- Clear communication", draft.section(SOFT_SKILLS));
        assertEquals("This role can grow into:\n- Senior data engineer\n- Data architect", draft.section(GROWTH));
        assertEquals("Usually answers to a head of data.", draft.section(REPORTING), "the role's line when the manager did not say");
        assertFalse(draft.section(EQUAL_OPPORTUNITY).isEmpty());
    }

    @Test
    void tailorsToTheAnswers() {
        Map<String, String> answers = Map.of(
                "seniority", "senior",
                "goal", "both",
                "central-store", "none",
                "existing-team", "nobody",
                "data-volume", "billions-streaming",
                "reports-to", "engineering",
                "salary-budget", "above-market");

        DescriptionContent draft = drafter.draft(dataEngineer(), answers, berlin());

        assertEquals("Senior Data Engineer", draft.title());
        assertTrue(draft.section(SUMMARY).contains("dependable reporting now and predictive models after it"));
        assertTrue(draft.section(TEAM).contains("We have no central store for analytical data yet."));
        assertTrue(draft.section(TEAM).contains("You will be our first data hire"));
        assertTrue(draft.section(MUST_HAVE).contains("- Five years or more of hands-on experience"));
        assertTrue(draft.section(MUST_HAVE).contains("- Experience with data at the scale of billions of rows"));
        assertEquals("You will report to our CTO or an engineering manager.", draft.section(REPORTING));
        assertEquals("EUR 70,000 to 90,000 a year, before tax. We pay above the market for this role.", draft.section(SALARY));
    }

    @Test
    void saysWhereTheWorkHappens() {
        assertEquals("Hybrid: part of the week at our office in Berlin, Germany, the rest from home.",
                drafter.draft(dataEngineer(), Map.of(), berlin()).section(LOCATION));
        PostingFacts remote = new PostingFacts("Acme", Workplace.REMOTE, new Location(null, "PT"), new SalaryRange(null, null, null));
        DescriptionContent remoteDraft = drafter.draft(dataEngineer(), Map.of(), remote);
        assertEquals("Fully remote, from anywhere in Portugal.", remoteDraft.section(LOCATION));
        assertEquals("", remoteDraft.section(SALARY), "no range given, no salary section");
    }

    @Test
    void aRangeTypedHalfWayDraftsNoSalarySection() {
        PostingFacts half = new PostingFacts("Acme", Workplace.ON_SITE, new Location("Berlin", "DE"), new SalaryRange(70000, null, null));

        assertEquals("", drafter.draft(dataEngineer(), Map.of(), half).section(SALARY), "the preview shows the rest; a save names what is missing");
    }

    @Test
    void theWorkplaceFollowsTheLocationAnswer() {
        assertEquals(Workplace.REMOTE, PostingFacts.workplaceFromAnswer("remote"));
        assertEquals(Workplace.HYBRID, PostingFacts.workplaceFromAnswer("hybrid"));
        assertEquals(Workplace.ON_SITE, PostingFacts.workplaceFromAnswer(null));
    }
}
