package app.rolewise.view;

import app.rolewise.content.AccessRoles;
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
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How many SQL statements the lists that grow with use send once the caches are warm, as they are
 * when people browse: the role catalogue (a page of the published roles), "my assessments" and the job
 * descriptions (a page of a manager's own, or of everyone's for HR; searched, filtered and sorted or not). The real schema from every module's Flyway migrations in H2,
 * the real boundaries, a second-level and query cache configured as the persistence unit configures it,
 * Hibernate counting statements. A page that reads its rows' associations one row at a time (an N+1)
 * makes the count grow with the page size and fails these tests; no timing is measured here.
 */
class ListQueriesTest {

    /** A page of assessments: the count, the page, then its rows' answers and scores in one statement each. */
    private static final int ASSESSMENT_PAGE = 4;
    /** A page of job descriptions: the count, the page, then its rows' sections in one statement. */
    private static final int DESCRIPTION_PAGE = 3;

    private static SessionFactory database;

    @BeforeAll
    static void schemaRolesAndAssessments() {
        // as persistence.xml: entities marked @Cacheable and the query cache (WildFly's is Infinispan)
        database = MigratedDatabase.of("list-queries", Map.of(
                "jakarta.persistence.sharedCache.mode", "ENABLE_SELECTIVE",
                "hibernate.cache.use_second_level_cache", "true",
                "hibernate.cache.use_query_cache", "true",
                "hibernate.cache.region.factory_class", "jcache",
                "hibernate.javax.cache.missing_cache_strategy", "create"), Role.class, Skill.class, Assessment.class, JobDescription.class);
        database.inTransaction(session -> {
            IntStream.rangeClosed(1, 45).mapToObj(ListQueriesTest::publishedRole).forEach(session::persist);
            Instant start = Instant.parse("2026-01-01T00:00:00Z");
            IntStream.rangeClosed(1, 30).forEach(i -> {
                Assessment assessment = new Assessment(i % 2 == 0 ? "mark" : "nina", "Assessment " + i, 1, start.plusSeconds(i));
                assessment.answer("goal", "reporting", start.plusSeconds(i));
                assessment.answer("pain", "no-numbers", start.plusSeconds(i));
                if (i % 3 == 0) {
                    assessment.choose("role-1", "role-1", null, Map.of("role-1", 7, "role-2", 3), start.plusSeconds(i));
                }
                if (i % 5 == 0) {
                    assessment.archive();
                }
                session.persist(assessment);
            });
            IntStream.rangeClosed(1, 24).forEach(i -> {
                Assessment described = new Assessment(i % 2 == 0 ? "mark" : "nina", "Described " + i, 1, start.plusSeconds(100 + i));
                session.persist(described);
                session.flush();
                JobDescription description = new JobDescription(described.getId(), described.getOwner(), "role-" + (i % 3 + 1), "Role " + (i % 3 + 1),
                        null, null, new DescriptionContent("Job " + i, new PostingFacts("Acme", Workplace.REMOTE, new Location(null, "DE"), null),
                        Map.of(SectionKind.SUMMARY, "Summary " + i)), start.plusSeconds(100 + i));
                session.persist(description);
            });
        });
    }

    private static Role publishedRole(int number) {
        Role role = new Role(new RoleSlug("role-" + number), "Role " + number, "Data/AI", "Summary of role " + number);
        role.setPrimaryFocus("Focus of role " + number);
        role.publish();
        return role;
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void catalogueSendsNoStatementsOnceWarm() {
        // the catalogue's page as the page asks for it: the count, then one page of roles
        Function<RoleLibrary, Object> secondPage = library -> List.of(library.publishedCount(), library.publishedRoles(20, 20));
        statements(ListQueriesTest::roleLibrary, secondPage);

        assertEquals(0, statements(ListQueriesTest::roleLibrary, secondPage));
    }

    @Test
    void catalogueColdCostsTwoStatementsForAnyPage() {
        database.getCache().evictAllRegions();
        long first = statements(ListQueriesTest::roleLibrary, library -> List.of(library.publishedCount(), library.publishedRoles(0, 20)));
        long last = statements(ListQueriesTest::roleLibrary, library -> library.publishedRoles(40, 20));

        assertEquals(2, first, "the count and the page");
        assertEquals(1, last, "the count is cached; a page is one statement whatever its size");
    }

    @Test
    void managersAssessmentsCostTheSameForAPageOfTenAsForAPageOfTwo() {
        Function<Assessments, Object> pageOfTen = assessments -> List.of(assessments.countVisible(), assessments.visible(0, 10));
        Function<Assessments, Object> pageOfTwo = assessments -> List.of(assessments.countVisible(), assessments.visible(10, 2));
        statements(em -> assessments(em, "mark", false), pageOfTen);

        assertEquals(ASSESSMENT_PAGE, statements(em -> assessments(em, "mark", false), pageOfTen));
        assertEquals(ASSESSMENT_PAGE, statements(em -> assessments(em, "mark", false), pageOfTwo));
    }

    @Test
    void hrSeesEveryAssessmentForTheSameStatements() {
        Function<Assessments, Object> pageOfTen = assessments -> List.of(assessments.countVisible(), assessments.visible(0, 10));
        statements(em -> assessments(em, "holly", true), pageOfTen);

        assertEquals(ASSESSMENT_PAGE, statements(em -> assessments(em, "holly", true), pageOfTen));
    }

    @Test
    void aSearchedFilteredAndSortedPageCostsWhatTheDefaultPageCosts() {
        AssessmentSearch search = new AssessmentSearch("role 1", AssessmentStatus.ROLE_CHOSEN, null, false, AssessmentSearch.Order.TITLE, false);
        Function<Assessments, Object> pageOfTen = assessments -> List.of(assessments.countVisible(search), assessments.visible(search, 0, 10));
        Function<Assessments, Object> pageOfTwo = assessments -> List.of(assessments.countVisible(search), assessments.visible(search, 2, 2));
        statements(em -> assessments(em, "mark", false), pageOfTen);

        assertEquals(ASSESSMENT_PAGE, statements(em -> assessments(em, "mark", false), pageOfTen),
                "the published roles the text names come from the cache");
        assertEquals(ASSESSMENT_PAGE, statements(em -> assessments(em, "mark", false), pageOfTwo));
    }

    @Test
    void hrsArchiveOfOneManagerByStateCostsTheSame() {
        AssessmentSearch search = new AssessmentSearch(null, null, "nina", true, AssessmentSearch.Order.STATE, false);
        Function<Assessments, Object> page = assessments -> List.of(assessments.countVisible(search), assessments.visible(search, 0, 10));
        statements(em -> assessments(em, "holly", true), page);

        assertEquals(ASSESSMENT_PAGE, statements(em -> assessments(em, "holly", true), page));
    }

    @Test
    void aPageOfJobDescriptionsReadsItsSectionsInOneStatementWhateverItsSize() {
        Function<JobDescriptions, Object> pageOfTen = descriptions -> List.of(descriptions.countVisible(), descriptions.visible(0, 10));
        Function<JobDescriptions, Object> pageOfTwo = descriptions -> List.of(descriptions.countVisible(), descriptions.visible(4, 2));
        statements(em -> descriptions(em, "mark", false), pageOfTen);

        assertEquals(DESCRIPTION_PAGE, statements(em -> descriptions(em, "mark", false), pageOfTen));
        assertEquals(DESCRIPTION_PAGE, statements(em -> descriptions(em, "mark", false), pageOfTwo));
    }

    @Test
    void hrsSearchedQueueOfJobDescriptionsCostsTheSame() {
        DescriptionSearch search = new DescriptionSearch("role", DescriptionState.DRAFT, null, null, DescriptionSearch.Order.STATE, true);
        Function<JobDescriptions, Object> page = descriptions -> List.of(descriptions.countVisible(search), descriptions.visible(search, 0, 10));
        statements(em -> descriptions(em, "holly", true), page);

        assertEquals(DESCRIPTION_PAGE, statements(em -> descriptions(em, "holly", true), page));
    }

    /**
     * The boundary's work in one transaction; everything the list shows is read after it ends (a lazy
     * association would fail here rather than be counted).
     */
    private static <B> long statements(Function<EntityManager, B> boundary, Function<B, Object> list) {
        Statistics statistics = database.getStatistics();
        Object shown;
        try (EntityManager em = database.createEntityManager()) {
            B bean = boundary.apply(em);
            statistics.clear();
            em.getTransaction().begin();
            shown = list.apply(bean);
            em.getTransaction().commit();
        }
        shown.toString();
        shown(shown, Assessment.class).forEach(assessment -> assessment.getAnswerCount());
        shown(shown, JobDescription.class).forEach(description -> description.getSections().size());
        return statistics.getPrepareStatementCount();
    }

    private static <T> List<T> shown(Object shown, Class<T> type) {
        return ((List<?>) shown).stream().filter(List.class::isInstance).flatMap(rows -> ((List<?>) rows).stream())
                .filter(type::isInstance).map(type::cast).toList();
    }

    private static RoleLibrary roleLibrary(EntityManager em) {
        RoleLibrary library = new RoleLibrary();
        MigratedDatabase.inject(library, "em", em);
        return library;
    }

    private static Assessments assessments(EntityManager em, String user, boolean hr) {
        Assessments assessments = new Assessments();
        MigratedDatabase.inject(assessments, "em", em);
        MigratedDatabase.inject(assessments, "session", session(user, hr));
        MigratedDatabase.inject(assessments, "roleLibrary", roleLibrary(em));
        return assessments;
    }

    private static JobDescriptions descriptions(EntityManager em, String user, boolean hr) {
        JobDescriptions descriptions = new JobDescriptions();
        MigratedDatabase.inject(descriptions, "em", em);
        MigratedDatabase.inject(descriptions, "session", session(user, hr));
        return descriptions;
    }

    /** The caller as the container tells it: a user name, and whether they are in HR. */
    static SessionContext session(String user, boolean hr) {
        Principal caller = () -> user;
        return (SessionContext) Proxy.newProxyInstance(SessionContext.class.getClassLoader(), new Class<?>[] {SessionContext.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getCallerPrincipal" -> caller;
                    case "isCallerInRole" -> hr && AccessRoles.HR.equals(arguments[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

}
