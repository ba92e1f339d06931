package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.EmploymentType;
import app.rolewise.hiring.description.entity.Location;
import app.rolewise.hiring.description.entity.Posting;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.PostingTerms;
import app.rolewise.hiring.description.entity.SalaryRange;
import app.rolewise.hiring.description.entity.Workplace;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FactsLineTest {

    private static PostingFacts facts(Workplace workplace, String city, String country, SalaryRange salary) {
        return new PostingFacts("Acme", workplace, new Location(city, country), salary);
    }

    private static Posting posting(PostingFacts facts) {
        return new Posting("Data Analyst", facts, SamplePostings.POSTED, null, null, List.of(), Posting.Standing.approved(1));
    }

    @Test
    void onSiteNamesCityAndCountry() {
        assertEquals("Acme · Berlin, Germany · $90,000–120,000 a year",
                FactsLine.line(posting(facts(Workplace.ON_SITE, "Berlin", "de", new SalaryRange(90_000, 120_000, "USD")))));
    }

    @Test
    void hybridIsSaidAndRemoteNamesOnlyTheCountry() {
        assertEquals(Optional.of("Leeds, United Kingdom (hybrid)"), FactsLine.location(facts(Workplace.HYBRID, " Leeds ", "GB", null)));
        assertEquals(Optional.of("Remote (Canada)"), FactsLine.location(facts(Workplace.REMOTE, "Toronto", "CA", null)));
        assertEquals(Optional.of("Remote"), FactsLine.location(facts(Workplace.REMOTE, null, null, null)));
    }

    @Test
    void anOnSiteJobWithoutAPlaceHasNoLocationFact() {
        assertEquals("Acme", FactsLine.line(posting(facts(Workplace.ON_SITE, null, " ", null))));
    }

    @Test
    void poundsAndFrancsAreWrittenTheEnglishWay() {
        assertEquals(Optional.of("£45,000–55,000 a year"), FactsLine.salary(new SalaryRange(45_000, 55_000, "GBP")));
        assertEquals(Optional.of("CHF 120,000–140,000 a year"), FactsLine.salary(new SalaryRange(120_000, 140_000, "CHF")));
    }

    @Test
    void theTermsLineNamesTheContractTheDatesTheReferenceAndWhereToApply() {
        assertEquals("Part-time · Starts on 1 June 2026 · Apply by 30 April 2026 · Reference DE-42 · "
                + "Apply at https://jobs.nordlicht.example/apply/de-42", FactsLine.terms(SamplePostings.partTimeInMunichWithTerms()));
        assertEquals("Full-time", FactsLine.terms(posting(facts(Workplace.ON_SITE, "Berlin", "DE", null))));
        assertEquals("Internship · Apply by email to jobs@acme.example", FactsLine.terms(posting(new PostingFacts("Acme", Workplace.REMOTE,
                new Location(null, "DE"), null, new PostingTerms(EmploymentType.INTERN, null, null, "jobs@acme.example", null)))));
    }
}
