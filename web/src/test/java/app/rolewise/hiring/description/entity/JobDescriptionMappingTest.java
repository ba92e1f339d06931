package app.rolewise.hiring.description.entity;

import app.rolewise.hiring.assessment.entity.Assessment;
import app.rolewise.schema.MigratedDatabase;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The facts as embedded records over the real schema (every module's Flyway migrations, which only the WAR
 * has together): the columns they had as flat fields, no salary as three nulls.
 */
class JobDescriptionMappingTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static SessionFactory database;

    @BeforeAll
    static void schema() {
        database = MigratedDatabase.of("job-description-mapping", Map.of(), Assessment.class, JobDescription.class);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static long stored(PostingFacts facts) {
        return database.fromTransaction(session -> {
            Assessment assessment = new Assessment("mark", "Mapping " + facts.organisation(), 1, NOW);
            session.persist(assessment);
            session.flush();
            JobDescription description = new JobDescription(assessment.getId(), "mark", "data-engineer", "Data Engineer", null, null,
                    new DescriptionContent("Data Engineer", facts, Map.of(SectionKind.SUMMARY, "Pipelines.")), NOW);
            session.persist(description);
            return description.getId();
        });
    }

    @Test
    void factsAreStoredInTheirColumnsAndReadBackEqual() {
        PostingFacts facts = new PostingFacts("Acme", Workplace.HYBRID, new Location("Berlin", "DE"), new SalaryRange(70000, 90000, "EUR"));
        long id = stored(facts);

        Object[] row = database.fromTransaction(session -> (Object[]) session.createNativeQuery(
                "select organisation, workplace, city, country_code, salary_min, salary_max, salary_currency from job_description where id = :id",
                Object[].class).setParameter("id", id).getSingleResult());
        PostingFacts read = database.fromTransaction(session -> session.find(JobDescription.class, id).getFacts());

        assertArrayEquals(new Object[] {"Acme", "HYBRID", "Berlin", "DE", 70000, 90000, "EUR"}, row);
        assertEquals(facts, read);
    }

    @Test
    void noSalaryIsThreeNullsAndReadsBackAsNone() {
        long id = stored(new PostingFacts("Fjord", Workplace.REMOTE, new Location(null, "NO"), null));

        List<?> salary = database.fromTransaction(session -> session.createNativeQuery(
                "select salary_min, salary_max, salary_currency from job_description where id = :id", Object[].class)
                .setParameter("id", id).getResultList());
        PostingFacts read = database.fromTransaction(session -> session.find(JobDescription.class, id).getFacts());

        assertArrayEquals(new Object[] {null, null, null}, (Object[]) salary.get(0));
        assertNull(read.salary());
        assertEquals(new Location(null, "NO"), read.location());
    }
}
