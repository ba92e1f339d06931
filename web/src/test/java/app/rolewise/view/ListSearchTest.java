package app.rolewise.view;

import app.rolewise.hiring.assessment.boundary.AssessmentSearch;
import app.rolewise.hiring.assessment.boundary.Assessments;
import app.rolewise.hiring.assessment.entity.Assessment;
import app.rolewise.hiring.assessment.entity.AssessmentStatus;
import app.rolewise.hiring.description.boundary.DescriptionSearch;
import app.rolewise.hiring.description.boundary.JobDescriptions;
import app.rolewise.hiring.description.entity.DescriptionContent;
import app.rolewise.hiring.description.entity.DescriptionState;
import app.rolewise.hiring.description.entity.JobDescription;
import app.rolewise.hiring.description.entity.Location;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.hiring.description.entity.Workplace;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.library.entity.Skill;
import app.rolewise.schema.MigratedDatabase;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the lists of assessments and job descriptions find, in which order, on the real schema (every module's
 * Flyway migrations in H2) through the real boundaries: the database searches, filters, sorts and pages, and a
 * manager never finds another manager's rows, whatever they ask for.
 */
class ListSearchTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    private static SessionFactory database;

    @BeforeAll
    static void rolesAssessmentsAndDescriptions() {
        database = MigratedDatabase.of("list-search", Map.of(), Role.class, Skill.class, Assessment.class, JobDescription.class);
        database.inTransaction(session -> {
            for (String[] role : new String[][] {{"data-engineer", "Data Engineer"}, {"machine-learning-engineer", "Machine Learning Engineer"},
                    {"analytics-engineer", "Analytics Engineer"}}) {
                Role published = new Role(new RoleSlug(role[0]), role[1], "Data/AI", "What a " + role[1] + " does.");
                published.setPrimaryFocus("Focus");
                published.publish();
                session.persist(published);
            }
            session.persist(assessment("mark", "Growth analytics", 1, null, false));
            session.persist(assessment("mark", "Platform team", 2, "data-engineer", false));
            session.persist(assessment("mark", "Models 50% faster", 3, null, false));
            session.persist(assessment("mark", "Old reporting", 4, null, true));
            session.persist(assessment("nina", "Nina's platform", 5, "machine-learning-engineer", false));
            Assessment described = assessment("nina", "Described one", 6, "data-engineer", false);
            described.describe(NOW.minus(Duration.ofDays(30 - 6)));
            session.persist(described);

            description(session, "mark", "Senior Data Engineer", "Data Engineer", Duration.ofDays(20), null);
            description(session, "mark", "Analytics lead", "Analytics Engineer", Duration.ofDays(10), DescriptionState.IN_REVIEW);
            description(session, "nina", "ML Engineer", "Machine Learning Engineer", Duration.ofDays(2), DescriptionState.IN_REVIEW);
            description(session, "nina", "BI developer", "Analytics Engineer", Duration.ofDays(1), DescriptionState.APPROVED);
        });
    }

    /** An assessment last changed {@code day} days into the month before {@link #NOW}, with a chosen role or none. */
    private static Assessment assessment(String owner, String title, int day, String chosen, boolean archived) {
        Instant at = NOW.minus(Duration.ofDays(30 - day));
        Assessment assessment = new Assessment(owner, title, 1, at);
        assessment.answer("goal", "reporting", at);
        if (chosen != null) {
            assessment.choose(chosen, chosen, null, Map.of(chosen, 80), at);
        }
        if (archived) {
            assessment.archive();
        }
        return assessment;
    }

    /** A description last changed {@code ago} before {@link #NOW}: drafted then, or submitted then (and approved at once). */
    private static void description(org.hibernate.Session session, String owner, String title, String roleName, Duration ago, DescriptionState state) {
        Instant at = NOW.minus(ago);
        // kept out of the lists of assessments these tests read
        Assessment assessment = new Assessment("archivist", "For " + title, 1, at);
        assessment.archive();
        session.persist(assessment);
        session.flush();
        JobDescription description = new JobDescription(assessment.getId(), owner, "some-role", roleName, null, null,
                new DescriptionContent(title, new PostingFacts("Acme", Workplace.REMOTE, new Location(null, "DE"), null),
                        Map.of(SectionKind.SUMMARY, "Summary.", SectionKind.RESPONSIBILITIES, "- Build", SectionKind.MUST_HAVE, "- SQL",
                                SectionKind.EQUAL_OPPORTUNITY, "Everyone is welcome.")), at);
        if (state != null) {
            description.submitForReview(at);
        }
        if (state == DescriptionState.APPROVED) {
            description.approve(at);
        }
        session.persist(description);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aManagerSeesTheirOwnAssessmentsNewestFirstAndTheArchivedOnlyWhenAsked() {
        assertEquals(List.of("Models 50% faster", "Platform team", "Growth analytics"), assessments("mark", false, AssessmentSearch.newestFirst()));
        assertEquals(List.of("Old reporting"), assessments("mark", false, search(null, null, null, true, AssessmentSearch.Order.UPDATED, true)));
        assertEquals(3L, countAssessments("mark", false, AssessmentSearch.newestFirst()));
    }

    @Test
    void hrSeesEveryonesAssessmentsAndNarrowsThemToOneManager() {
        assertEquals(List.of("Described one", "Nina's platform", "Models 50% faster", "Platform team", "Growth analytics"),
                assessments("holly", true, AssessmentSearch.newestFirst()));
        assertEquals(List.of("Described one", "Nina's platform"), assessments("holly", true, search(null, null, "nina", false, AssessmentSearch.Order.UPDATED, true)));
        assertEquals(List.of("Models 50% faster", "Platform team", "Growth analytics"),
                assessments("mark", false, search(null, null, "nina", false, AssessmentSearch.Order.UPDATED, true)),
                "a manager asking for another manager's still gets their own");
    }

    @Test
    void theTextFindsNamesChosenRolesByNameAndForHrManagers() {
        assertEquals(List.of("Platform team"), assessments("mark", false, text("platform")), "not Nina's platform");
        assertEquals(List.of("Platform team"), assessments("mark", false, text("data engineer")), "the chosen role by its name");
        assertEquals(List.of("Nina's platform"), assessments("holly", true, text("Machine")));
        assertEquals(List.of("Described one", "Nina's platform"), assessments("holly", true, text("NINA")));
        assertEquals(List.of(), assessments("mark", false, text("nina")), "a manager's search finds no other manager");
        assertEquals(List.of("Models 50% faster"), assessments("mark", false, text("50%")));
        assertEquals(List.of(), assessments("mark", false, text("%")).stream().filter(title -> !title.contains("%")).toList(),
                "a % typed is a % searched for, not any text");
        assertEquals(List.of(), assessments("mark", false, text("_")));
    }

    @Test
    void assessmentsFilterByStatusAndSortByTitleStateAndAge() {
        assertEquals(List.of("Platform team"), assessments("mark", false, search(null, AssessmentStatus.ROLE_CHOSEN, null, false, AssessmentSearch.Order.UPDATED, true)));
        assertEquals(List.of("Described one", "Growth analytics", "Models 50% faster", "Nina's platform", "Platform team"),
                assessments("holly", true, search(null, null, null, false, AssessmentSearch.Order.TITLE, false)));
        assertEquals(List.of("Platform team", "Nina's platform", "Models 50% faster", "Growth analytics", "Described one"),
                assessments("holly", true, search(null, null, null, false, AssessmentSearch.Order.TITLE, true)));
        assertEquals(List.of("Models 50% faster", "Growth analytics", "Nina's platform", "Platform team", "Described one"),
                assessments("holly", true, search(null, null, null, false, AssessmentSearch.Order.STATE, false)),
                "in the order an assessment goes through its states, newest first within one");
        assertEquals(List.of("Growth analytics", "Platform team", "Models 50% faster"),
                assessments("mark", false, search(null, null, null, false, AssessmentSearch.Order.UPDATED, false)));
    }

    @Test
    void aPageOfTheSearchIsAPageOfItsOrder() {
        AssessmentSearch byTitle = search(null, null, null, false, AssessmentSearch.Order.TITLE, false);

        List<String> second = titles(em -> assessmentsOf(em, "holly", true).visible(byTitle, 2, 2));

        assertEquals(List.of("Models 50% faster", "Nina's platform"), second);
        assertEquals(5L, countAssessments("holly", true, byTitle));
    }

    @Test
    void hrsReviewQueueShowsWhatWaitsLongerThanSoManyDays() {
        assertEquals(List.of("Analytics lead"), descriptions("holly", true, waiting(7)));
        assertEquals(List.of("ML Engineer", "Analytics lead"), descriptions("holly", true, waiting(1)));
        assertEquals(List.of("ML Engineer", "Analytics lead"), descriptions("holly", true, waiting(0)));
        assertEquals(List.of(), descriptions("holly", true, waiting(30)));
        assertEquals(List.of("Analytics lead"), descriptions("mark", false, waiting(0)), "a manager's own that wait");
    }

    @Test
    void descriptionsFilterByStateTextAndManagerAndSort() {
        assertEquals(List.of("BI developer"), descriptions("holly", true,
                new DescriptionSearch(null, DescriptionState.APPROVED, null, null, DescriptionSearch.Order.UPDATED, true)));
        assertEquals(List.of("Analytics lead", "Senior Data Engineer"), descriptions("mark", false,
                new DescriptionSearch("engineer", null, null, null, DescriptionSearch.Order.UPDATED, true)), "the title or the role");
        assertEquals(List.of("BI developer", "ML Engineer"), descriptions("holly", true,
                new DescriptionSearch(null, null, "nina", null, DescriptionSearch.Order.UPDATED, true)));
        assertEquals(List.of("BI developer", "ML Engineer"), descriptions("holly", true,
                new DescriptionSearch("nin", null, null, null, DescriptionSearch.Order.UPDATED, true)), "HR finds a manager by name");
        assertEquals(List.of("Senior Data Engineer", "ML Engineer", "Analytics lead", "BI developer"), descriptions("holly", true,
                new DescriptionSearch(null, null, null, null, DescriptionSearch.Order.STATE, false)));
        assertEquals(List.of("Senior Data Engineer", "ML Engineer", "BI developer", "Analytics lead"), descriptions("holly", true,
                new DescriptionSearch(null, null, null, null, DescriptionSearch.Order.TITLE, true)));
        assertEquals(List.of("Senior Data Engineer", "Analytics lead", "ML Engineer", "BI developer"), descriptions("holly", true,
                new DescriptionSearch(null, null, null, null, DescriptionSearch.Order.UPDATED, false)));
        long waiting = database.fromTransaction(session -> descriptionsOf(session, "holly", true)
                .countVisible(new DescriptionSearch(null, null, null, 1, DescriptionSearch.Order.UPDATED, true)));
        assertEquals(2L, waiting);
    }

    private static AssessmentSearch search(String text, AssessmentStatus status, String manager, boolean archived,
                                           AssessmentSearch.Order order, boolean descending) {
        return new AssessmentSearch(text, status, manager, archived, order, descending);
    }

    private static AssessmentSearch text(String text) {
        return search(text, null, null, false, AssessmentSearch.Order.UPDATED, true);
    }

    private static DescriptionSearch waiting(int days) {
        return new DescriptionSearch(null, null, null, days, DescriptionSearch.Order.UPDATED, true);
    }

    private static List<String> assessments(String user, boolean hr, AssessmentSearch search) {
        return titles(em -> assessmentsOf(em, user, hr).visible(search, 0, 20));
    }

    private static long countAssessments(String user, boolean hr, AssessmentSearch search) {
        Long count = database.fromTransaction(session -> assessmentsOf(session, user, hr).countVisible(search));
        return count;
    }

    private static List<String> descriptions(String user, boolean hr, DescriptionSearch search) {
        return database.fromTransaction(session -> descriptionsOf(session, user, hr).visible(search, 0, 20).stream()
                .map(JobDescription::getTitle).toList());
    }

    private static List<String> titles(Function<EntityManager, List<Assessment>> page) {
        return database.fromTransaction(session -> page.apply(session).stream().map(Assessment::getTitle).toList());
    }

    private static Assessments assessmentsOf(EntityManager em, String user, boolean hr) {
        Assessments assessments = new Assessments();
        MigratedDatabase.inject(assessments, "em", em);
        MigratedDatabase.inject(assessments, "session", ListQueriesTest.session(user, hr));
        RoleLibrary library = new RoleLibrary();
        MigratedDatabase.inject(library, "em", em);
        MigratedDatabase.inject(assessments, "roleLibrary", library);
        return assessments;
    }

    private static JobDescriptions descriptionsOf(EntityManager em, String user, boolean hr) {
        JobDescriptions descriptions = new JobDescriptions();
        MigratedDatabase.inject(descriptions, "em", em);
        MigratedDatabase.inject(descriptions, "session", ListQueriesTest.session(user, hr));
        MigratedDatabase.inject(descriptions, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
        return descriptions;
    }
}
