package app.rolewise.comparison.entity;

import app.rolewise.library.entity.Emphasis;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.library.entity.Skill;
import app.rolewise.library.entity.SkillKind;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonTest {

    private static final Skill SQL = new Skill("SQL", SkillKind.HARD, "Data storage & querying");
    private static final Skill SPARK = new Skill("Spark", SkillKind.HARD, "Data pipelines");
    private static final Skill PYTHON = new Skill("Python", SkillKind.HARD, "Programming");
    private static final Skill PYTORCH = new Skill("PyTorch", SkillKind.HARD, "Machine learning");
    private static final Skill STATISTICS = new Skill("Statistics", SkillKind.HARD, "Mathematics");
    private static final Skill COMMUNICATION = new Skill("Communication", SkillKind.SOFT, "Collaboration");

    private static Role role(String slug, String focus, Skill... skills) {
        Role role = new Role(new RoleSlug(slug), slug, "Data/AI", "Summary of " + slug);
        role.setPrimaryFocus(focus);
        role.setResponsibilities(List.of("Work of " + slug));
        Arrays.stream(skills).forEach(skill -> role.useSkill(skill, skill == PYTHON ? Emphasis.HELPFUL : Emphasis.CORE));
        return role;
    }

    private final Role dataEngineer = role("data-engineer", "Infrastructure", SQL, SPARK, PYTHON, COMMUNICATION);
    private final Role mlEngineer = role("machine-learning-engineer", "Models", PYTHON, PYTORCH, STATISTICS, COMMUNICATION);
    private final Role dataScientist = role("data-scientist", "Insight", SQL, PYTHON, STATISTICS, COMMUNICATION);

    @Test
    void twoRolesShareWhatBothListAndKeepTheRestApart() {
        Comparison comparison = Comparison.of(List.of(dataEngineer, mlEngineer));

        assertEquals(List.of("Communication", "Python"), comparison.sharedSkills());
        assertEquals(List.of("SQL", "Spark"), comparison.distinctSkillsOf(dataEngineer));
        assertEquals(List.of("PyTorch", "Statistics"), comparison.distinctSkillsOf(mlEngineer));
        assertEquals(2.0 / 6, comparison.similarity(), 1e-9);
        assertEquals(33, comparison.similarityPercent());
    }

    @Test
    void withThreeRolesASkillIsDistinctOnlyIfNoOtherRoleHasIt() {
        Comparison comparison = Comparison.of(List.of(dataEngineer, mlEngineer, dataScientist));

        assertEquals(List.of("Communication", "Python"), comparison.sharedSkills());
        assertEquals(List.of("Spark"), comparison.distinctSkillsOf(dataEngineer));
        assertEquals(List.of("PyTorch"), comparison.distinctSkillsOf(mlEngineer));
        assertEquals(List.of(), comparison.distinctSkillsOf(dataScientist));
    }

    @Test
    void theContentKeyChangesWithAnyRolesVersionAndOrder() throws ReflectiveOperationException {
        String key = Comparison.of(List.of(dataEngineer, mlEngineer)).contentKey();
        String reversed = Comparison.of(List.of(mlEngineer, dataEngineer)).contentKey();
        Role saved = role("data-engineer", "Infrastructure", SQL, SPARK, PYTHON, COMMUNICATION);
        Field version = Role.class.getDeclaredField("version"); // as the database bumps it on commit
        version.setAccessible(true);
        version.setLong(saved, dataEngineer.getVersion() + 1);

        assertEquals(key, Comparison.of(List.of(dataEngineer, mlEngineer)).contentKey());
        assertFalse(key.equals(reversed), "the order of the columns is part of what is shown");
        assertFalse(key.equals(Comparison.of(List.of(saved, mlEngineer)).contentKey()), "a saved role is shown anew");
    }

    @Test
    void rowsFollowTheSeedsOrderAndSayWhereRolesDiffer() {
        Comparison comparison = Comparison.of(List.of(dataEngineer, mlEngineer));

        assertEquals(Arrays.asList(Aspect.values()), comparison.rows().stream().map(Comparison.Row::aspect).toList());
        Comparison.Row focus = comparison.rows().get(0);
        assertEquals(List.of(List.of("Infrastructure"), List.of("Models")), focus.cells());
        assertTrue(focus.differs());
        Comparison.Row soft = comparison.rows().stream().filter(row -> row.aspect() == Aspect.SOFT_SKILLS).findFirst().orElseThrow();
        assertFalse(soft.differs(), "both list only Communication");
    }

    @Test
    void theCellsFollowTheOrderTheRolesWereGivenIn() {
        Comparison comparison = Comparison.of(List.of(mlEngineer, dataEngineer));

        assertEquals(List.of("Models"), comparison.rows().get(0).cells().get(0));
        assertEquals("data-engineer+machine-learning-engineer", comparison.key());
    }

    @Test
    void similarityPerCategoryAndEmphasisPerCategory() {
        Comparison comparison = Comparison.of(List.of(dataEngineer, dataScientist));

        Map<String, Double> byCategory = comparison.similarityByCategory().stream()
                .collect(java.util.stream.Collectors.toMap(Comparison.CategorySimilarity::category, Comparison.CategorySimilarity::jaccard));
        assertEquals(1.0, byCategory.get("Data storage & querying"));
        assertEquals(0.0, byCategory.get("Data pipelines"));
        assertEquals(0.0, byCategory.get("Mathematics"));
        assertEquals(Map.of("Collaboration", 2, "Data pipelines", 2, "Data storage & querying", 2, "Mathematics", 0, "Programming", 1),
                comparison.emphasisByCategory().get("data-engineer"));
    }

    @Test
    void aRoleWithMissingDimensionsShowsEmptyCells() {
        Role draft = new Role(new RoleSlug("mlops-engineer"), "MLOps Engineer", "Data/AI", "Draft");

        Comparison comparison = Comparison.of(List.of(dataEngineer, draft));

        comparison.rows().forEach(row -> assertEquals(List.of(), row.cells().get(1), row.aspect().name()));
        assertEquals(0.0, comparison.similarity());
    }

    @Test
    void theCareerPathRowStartsAfterTheRoleAndShowsAlternativesOfAStepTogether() {
        dataEngineer.setEntryPoints(List.of("Software engineer"));
        dataEngineer.setProgression(List.of("data-engineer", "Senior data engineer", "Data architect | Data engineering manager"));

        assertEquals(List.of("From Software engineer", "→ Senior data engineer", "→ Data architect / Data engineering manager"),
                Aspect.CAREER_PATH.itemsOf(dataEngineer));
    }

    @Test
    void twoToFourDifferentRolesOnly() {
        Role fourth = role("data-analyst", "Reports", SQL);
        Role fifth = role("bi-developer", "Dashboards", SQL);

        assertThrows(IllegalArgumentException.class, () -> Comparison.of(List.of(dataEngineer)));
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(List.of(dataEngineer, dataEngineer)));
        assertThrows(IllegalArgumentException.class,
                () -> Comparison.of(List.of(dataEngineer, mlEngineer, dataScientist, fourth, fifth)));
        assertEquals(4, Comparison.of(List.of(dataEngineer, mlEngineer, dataScientist, fourth)).roles().size());
    }
}
