package app.rolewise.library.entity;

import app.rolewise.history.entity.Change;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleContentTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Map<String, Skill> CATALOGUE = Map.of(
            "SQL", new Skill("SQL", SkillKind.HARD, "Data storage & querying"),
            "Communication", new Skill("Communication", SkillKind.SOFT, "Communication & collaboration"));

    static RoleContent complete() {
        return new RoleContent("data-engineer", "Data Engineer", "Data/AI", ContentStatus.PUBLISHED,
                "Builds the pipelines.", "15-1243.00", "2521", "Data infrastructure.", "<p>Overview</p>",
                List.of("Build pipelines"), List.of(new RoleContent.SkillUse("SQL", Emphasis.CORE),
                new RoleContent.SkillUse("Communication", Emphasis.HELPFUL)),
                "Head of data.", new RoleContent.CareerPath(List.of("Software engineer"), List.of("Data architect")),
                List.of("Experience"), "Growing.", List.of(new Misconception("Only plumbing", "Shapes the data lifecycle")),
                List.of("No central store yet"), List.of(new FaqEntry("Why?", "Because.")));
    }

    private static Role roleFrom(RoleContent content) {
        Role role = new Role(new RoleSlug(content.slug()), content.name(), content.family(), content.summary());
        role.revise(content, CATALOGUE::get);
        return role;
    }

    @Test
    void theCareerPathStartsAfterTheRoleAndBranchesWhereAStepHasAlternatives() {
        Role role = roleFrom(complete());
        role.setProgression(List.of("Data engineer", "Senior data engineer", "Data architect | Data engineering manager", "| Head of data |"));

        assertEquals(List.of(List.of("Senior data engineer"), List.of("Data architect", "Data engineering manager"), List.of("Head of data")),
                role.getNextSteps());
        assertEquals(List.of(List.of("Data architect")), new RoleContent.CareerPath(List.of(), List.of("Data architect", " | "))
                .nextSteps("Data Engineer"), "a line without a step is no step");
    }

    @Test
    void aStepIsJustTheRoleOnlyWhenItNamesNothingElse() {
        RoleContent.CareerPath path = new RoleContent.CareerPath(List.of(), List.of("Data engineer | Analytics engineer"));

        assertEquals(List.of(List.of("Data engineer", "Analytics engineer")), path.nextSteps("Data Engineer"));
    }

    @Test
    void aRoleGivesBackTheContentItWasRevisedWith() {
        RoleContent content = complete();

        RoleContent back = roleFrom(content).content();

        assertEquals(List.of(), content.changesTo(back));
    }

    @Test
    void changesAreListedByDimensionInReadingOrder() {
        RoleContent before = complete();
        Role role = roleFrom(before);
        role.setSummary("Builds and runs the pipelines.");
        role.setOutlook("Still growing.");

        List<Change<RoleContent.Dimension>> changes = before.changesTo(role.content());

        assertEquals(List.of(RoleContent.Dimension.SUMMARY, RoleContent.Dimension.OUTLOOK),
                changes.stream().map(Change::field).toList());
        assertEquals("Builds the pipelines.", changes.get(0).before());
        assertEquals("Builds and runs the pipelines.", changes.get(0).after());
    }

    @Test
    void whatTheEditorAddsUnseenIsNoChange() {
        RoleContent before = complete();
        Role role = roleFrom(before);
        role.setOverview("<p>Over\uFEFFview</p><p><br></p>");

        assertEquals(List.of(), before.changesTo(role.content()));
        assertEquals(List.of(), before.changesTo(withOverview(before, "<p>Overview&#xfeff;</p><p><br></p>")),
                "content stored before it was made canonical");
    }

    @Test
    void aRichTextChangeShowsTheTextAReaderSees() {
        RoleContent before = withOverview(complete(), "<p>Builds <em>pipelines</em> &amp; models</p>");

        List<Change<RoleContent.Dimension>> changes = before.changesTo(
                withOverview(before, "<p>Builds pipelines &amp; models</p><ul><li>Runs them</li></ul>"));

        assertEquals(List.of(new Change<>(RoleContent.Dimension.OVERVIEW,
                "Builds pipelines & models", "Builds pipelines & models\n• Runs them")), changes);
    }

    @Test
    void onlyFormattingChangedIsAChangeWithTheSameText() {
        RoleContent before = withOverview(complete(), "<p>Builds pipelines</p>");

        List<Change<RoleContent.Dimension>> changes = before.changesTo(withOverview(before, "<p>Builds <strong>pipelines</strong></p>"));

        assertEquals(List.of(new Change<>(RoleContent.Dimension.OVERVIEW, "Builds pipelines", "Builds pipelines")), changes);
    }

    private static RoleContent withOverview(RoleContent content, String overview) {
        return new RoleContent(content.slug(), content.name(), content.family(), content.status(), content.summary(),
                content.onetSocCode(), content.isco08Code(), content.primaryFocus(), overview, content.responsibilities(),
                content.skills(), content.reportingLine(), content.careerPath(), content.salaryFactors(), content.outlook(),
                content.misconceptions(), content.whenToHire(), content.faq());
    }

    @Test
    void aCompleteRoleMayBePublished() {
        Set<ConstraintViolation<Role>> violations = VALIDATOR.validate(roleFrom(complete()), Publishable.class);

        assertEquals(Set.of(), violations);
    }

    @Test
    void aDraftMayBeSavedIncompleteButNotPublished() {
        Role draft = new Role(new RoleSlug("mlops-engineer"), "MLOps Engineer", "Data/AI", "Runs models in production.");

        assertTrue(VALIDATOR.validate(draft).isEmpty());
        Set<String> missing = VALIDATOR.validate(draft, Publishable.class).stream()
                .map(ConstraintViolation::getMessage).collect(java.util.stream.Collectors.toSet());
        assertTrue(missing.contains("List at least one key responsibility."), missing.toString());
        assertTrue(missing.contains("A role needs at least one hard and one soft skill."), missing.toString());
    }

    @Test
    void listItemsAreTrimmedAndBlankOnesDropped() {
        Role role = roleFrom(complete());

        role.setResponsibilities(List.of("  Build pipelines ", "", "   ", "Keep data\u0007 clean"));

        assertEquals(List.of("Build pipelines", "Keep data clean"), role.getResponsibilities());
        role.setSummary("\uFEFFBuilds the\u200B pipelines.\u2060");
        assertEquals("Builds the pipelines.", role.getSummary(), "characters nobody sees are not kept");
    }

    @Test
    void malformedOccupationCodesAreRefused() {
        Role role = roleFrom(complete());
        role.setOnetSocCode("15-1243");
        role.setIsco08Code("25210");

        Set<String> messages = VALIDATOR.validate(role).stream()
                .map(ConstraintViolation::getMessage).collect(java.util.stream.Collectors.toSet());

        assertEquals(Set.of("An O*NET-SOC code looks like 15-2051.00.", "An ISCO-08 unit group is four digits, such as 2521."),
                messages);
    }

    @Test
    void aSkillIsListedOnceWhateverItsEmphasis() {
        Role role = roleFrom(complete());

        role.useSkill(CATALOGUE.get("SQL"), Emphasis.HELPFUL);

        assertEquals(2, role.getSkills().size());
        assertFalse(role.getSkills().get(0).isCore());
    }
}
