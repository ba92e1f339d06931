package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.Posting;
import app.rolewise.hiring.description.entity.SalaryRange;
import app.rolewise.hiring.description.entity.Workplace;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PostingFactsTest {

    private static Posting posting(Workplace workplace, String city, String country, SalaryRange salary) {
        return new Posting("Data Analyst", "Acme", workplace, city, country, salary, SamplePostings.POSTED, null, null, List.of());
    }

    @Test
    void onSiteNamesCityAndCountry() {
        assertEquals("Acme · Berlin, Germany · $90,000–120,000 a year",
                PostingFacts.line(posting(Workplace.ON_SITE, "Berlin", "de", new SalaryRange(90_000, 120_000, "USD"))));
    }

    @Test
    void hybridIsSaidAndRemoteNamesOnlyTheCountry() {
        assertEquals(Optional.of("Leeds, United Kingdom (hybrid)"), PostingFacts.location(posting(Workplace.HYBRID, " Leeds ", "GB", null)));
        assertEquals(Optional.of("Remote (Canada)"), PostingFacts.location(posting(Workplace.REMOTE, "Toronto", "CA", null)));
        assertEquals(Optional.of("Remote"), PostingFacts.location(posting(Workplace.REMOTE, null, null, null)));
    }

    @Test
    void anOnSiteJobWithoutAPlaceHasNoLocationFact() {
        assertEquals("Acme", PostingFacts.line(posting(Workplace.ON_SITE, null, " ", null)));
    }

    @Test
    void anEmbeddedRangeWithoutValuesIsNoSalary() throws Exception {
        // what JPA hands back when the salary columns are all null
        var constructor = SalaryRange.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        assertEquals(Optional.empty(), PostingFacts.salary(posting(Workplace.ON_SITE, "Oslo", "NO", constructor.newInstance())));
    }

    @Test
    void poundsAndFrancsAreWrittenTheEnglishWay() {
        assertEquals(Optional.of("£45,000–55,000 a year"),
                PostingFacts.salary(posting(Workplace.ON_SITE, "Leeds", "GB", new SalaryRange(45_000, 55_000, "GBP"))));
        assertEquals(Optional.of("CHF 120,000–140,000 a year"),
                PostingFacts.salary(posting(Workplace.ON_SITE, "Zürich", "CH", new SalaryRange(120_000, 140_000, "CHF"))));
    }
}
