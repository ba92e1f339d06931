package app.rolewise.view;

import app.rolewise.hiring.assessment.boundary.Assessments;
import app.rolewise.hiring.assessment.entity.Assessment;
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
 * How many SQL statements the two lists that grow with use send once the caches are warm, as they are
 * when people browse: the role catalogue (a page of the published roles) and "my assessments" (a page of
 * a manager's own, or of everyone's for HR). The real schema from every module's Flyway migrations in H2,
 * the real boundaries, a second-level and query cache configured as the persistence unit configures it,
 * Hibernate counting statements. A page that reads its rows' associations one row at a time (an N+1)
 * makes the count grow with the page size and fails these tests; no timing is measured here.
 */
class ListQueriesTest {

    /** A page of assessments: the count, the page, then its rows' answers and scores in one statement each. */
    private static final int ASSESSMENT_PAGE = 4;

    private static SessionFactory database;

    @BeforeAll
    static void schemaRolesAndAssessments() {
        // as persistence.xml: entities marked @Cacheable and the query cache (WildFly's is Infinispan)
        database = MigratedDatabase.of("list-queries", Map.of(
                "jakarta.persistence.sharedCache.mode", "ENABLE_SELECTIVE",
                "hibernate.cache.use_second_level_cache", "true",
                "hibernate.cache.use_query_cache", "true",
                "hibernate.cache.region.factory_class", "jcache",
                "hibernate.javax.cache.missing_cache_strategy", "create"), Role.class, Skill.class, Assessment.class);
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
                session.persist(assessment);
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
        shownAssessments(shown).forEach(assessment -> assessment.getAnswerCount());
        return statistics.getPrepareStatementCount();
    }

    private static List<Assessment> shownAssessments(Object shown) {
        return ((List<?>) shown).stream().filter(List.class::isInstance).flatMap(rows -> ((List<?>) rows).stream())
                .filter(Assessment.class::isInstance).map(Assessment.class::cast).toList();
    }

    private static RoleLibrary roleLibrary(EntityManager em) {
        RoleLibrary library = new RoleLibrary();
        MigratedDatabase.inject(library, "em", em);
        return library;
    }

    private static Assessments assessments(EntityManager em, String user, boolean hr) {
        Assessments assessments = new Assessments();
        MigratedDatabase.inject(assessments, "em", em);
        Principal caller = () -> user;
        MigratedDatabase.inject(assessments, "session", Proxy.newProxyInstance(SessionContext.class.getClassLoader(), new Class<?>[] {SessionContext.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getCallerPrincipal" -> caller;
                    case "isCallerInRole" -> hr && "hr".equals(arguments[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
        return assessments;
    }

}
