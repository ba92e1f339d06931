package app.rolewise.comparison.boundary;

import app.rolewise.comparison.entity.RolePair;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Emphasis;
import app.rolewise.library.entity.FaqEntry;
import app.rolewise.library.entity.Misconception;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.library.entity.Skill;
import app.rolewise.library.entity.SkillKind;
import app.rolewise.schema.MigratedDatabase;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How many SQL statements the compare page's data path sends when nothing is cached yet (a cold start,
 * or right after an admin saved): the real schema from the Flyway migrations in H2, the real Comparisons
 * boundary, Hibernate counting statements. A lazy association read row by row (an N+1) makes the count
 * grow with the number of skills or list items and fails these tests; no timing is measured here.
 */
class ComparisonQueriesTest {

    /** Per role: the role, then each of its 8 collections (skills come joined with their catalogue entry). */
    private static final int PER_ROLE = 1 + 8;
    /** Two roles: the look-up of their pair; when there is one, its 5 collections. */
    private static final int PAIR_LOOKUP = 1;
    private static final int PAIR_CONTENT = 5;

    private static SessionFactory database;

    @BeforeAll
    static void schemaAndRoles() {
        // the cold path: what the second-level and query caches hide once they are warm
        database = MigratedDatabase.of("comparison-queries", Map.of(), Role.class, Skill.class, RolePair.class);
        database.inTransaction(session -> {
            List<Skill> skills = IntStream.range(0, 30)
                    .mapToObj(i -> new Skill("Skill " + i, i % 5 == 0 ? SkillKind.SOFT : SkillKind.HARD, "Category " + i % 4)).toList();
            skills.forEach(session::persist);
            Role few = role("few-skills", skills.subList(0, 3));
            Role many = role("many-skills", skills.subList(0, 30));
            Role other = role("other-role", skills.subList(2, 12));
            Role fourth = role("fourth-role", skills.subList(10, 20));
            List.of(few, many, other, fourth).forEach(session::persist);
            RolePair pair = new RolePair(few, other);
            pair.setVerdict("One builds, the other analyses.");
            pair.setOverlap("Both read data.");
            pair.setSharedTasks(List.of("Reading data", "Talking to people"));
            pair.getMyths().add(new Misconception("They are the same.", "They are not."));
            pair.setForOrganizations(List.of("Hire the first one first."));
            pair.setForIndividuals(List.of("Pick what you like."));
            pair.getFaq().add(new FaqEntry("Which one?", "It depends."));
            pair.publish();
            session.persist(pair);
        });
    }

    private static Role role(String slug, List<Skill> skills) {
        Role role = new Role(new RoleSlug(slug), slug, "Data/AI", "Summary of " + slug);
        role.setPrimaryFocus("Focus of " + slug);
        role.setResponsibilities(List.of("One", "Two", "Three"));
        skills.forEach(skill -> role.useSkill(skill, Emphasis.CORE));
        role.setReportingLine("A head of data");
        role.setEntryPoints(List.of("Analyst", "Engineer"));
        role.setProgression(List.of("Senior", "Lead"));
        role.setSalaryFactors(List.of("Experience", "Location"));
        role.setOutlook("Growing");
        role.getMisconceptions().add(new Misconception("A myth", "The truth"));
        role.setWhenToHire(List.of("When data grows"));
        role.getFaq().add(new FaqEntry("Why?", "Because."));
        role.publish();
        return role;
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void twoRolesWithTheirPairCostAFixedNumberOfStatements() {
        assertEquals(2 * PER_ROLE + PAIR_LOOKUP + PAIR_CONTENT, statementsToCompareAndRender("few-skills", "other-role"));
    }

    @Test
    void thirtySkillsCostNoMoreStatementsThanThree() {
        long few = statementsToCompareAndRender("few-skills", "fourth-role");
        long many = statementsToCompareAndRender("many-skills", "fourth-role");

        assertEquals(2 * PER_ROLE + PAIR_LOOKUP, few);
        assertEquals(few, many, "statements must not grow with the skills a role lists");
    }

    @Test
    void fourRolesCostFourTimesTheStatementsOfOne() {
        long four = statementsToCompareAndRender("many-skills", "fourth-role", "few-skills", "other-role");

        // pair content is about exactly two roles: no look-up for more
        assertEquals(4 * PER_ROLE, four);
    }

    @Test
    void unknownRolesCostOneLookUpEach() {
        long statements = statementsToCompareAndRender("no-such-role", "NOT A SLUG", "few-skills");

        // the malformed name never reaches the database; one published role is no comparison
        assertEquals(1 + PER_ROLE, statements);
    }

    /** The boundary's work in one transaction, then everything the page reads, as the page reads it. */
    private static long statementsToCompareAndRender(String... slugs) {
        Statistics statistics = database.getStatistics();
        ComparisonRequest request;
        try (EntityManager em = database.createEntityManager()) {
            Comparisons comparisons = boundary(em);
            statistics.clear();
            em.getTransaction().begin();
            request = comparisons.compare(List.of(slugs));
            em.getTransaction().commit();
        }
        // the page renders once the boundary's persistence context is closed: what it reads must be loaded
        request.comparison().ifPresent(comparison -> {
            assertFalse(comparison.contentKey().isEmpty());
            comparison.roles().forEach(role -> assertTrue(comparison.rows().size() > 0 && comparison.distinctSkillsOf(role) != null));
            assertFalse(comparison.similarityByCategory().isEmpty());
        });
        request.pair().ifPresent(pair -> assertTrue(pair.getSharedTasks().size() + pair.getMyths().size() + pair.getFaq().size()
                + pair.getForOrganizations().size() + pair.getForIndividuals().size() > 0));
        return statistics.getPrepareStatementCount();
    }

    private static Comparisons boundary(EntityManager em) {
        RoleLibrary library = new RoleLibrary();
        MigratedDatabase.inject(library, "em", em);
        PairContents pairs = new PairContents();
        pairs.em = em;
        Comparisons comparisons = new Comparisons();
        comparisons.roleLibrary = library;
        comparisons.pairs = pairs;
        comparisons.em = em;
        return comparisons;
    }

}
