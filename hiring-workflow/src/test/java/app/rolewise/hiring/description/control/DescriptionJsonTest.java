package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.DescriptionContent;
import app.rolewise.hiring.description.entity.EmploymentType;
import app.rolewise.hiring.description.entity.Location;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.PostingTerms;
import app.rolewise.hiring.description.entity.SalaryRange;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.hiring.description.entity.Workplace;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DescriptionJsonTest {

    private static DescriptionContent content(SalaryRange salary) {
        return new DescriptionContent("Senior Data Engineer", new PostingFacts("Acme", Workplace.HYBRID, new Location("Berlin", "DE"), salary),
                Map.of(SectionKind.SUMMARY, "You build pipelines.", SectionKind.MUST_HAVE, "- SQL"));
    }

    @Test
    void aRevisionReadsBackAsItWasWritten() {
        DescriptionContent withSalary = content(new SalaryRange(70000, 90000, "EUR"));
        DescriptionContent without = content(null);

        String json = DescriptionJson.write(withSalary);

        assertEquals(withSalary, DescriptionJson.read(json));
        assertEquals(without, DescriptionJson.read(DescriptionJson.write(without)));
        assertTrue(json.contains("\"salary\":{\"currency\":\"EUR\",\"maximum\":90000,\"minimum\":70000}"), json);
        assertFalse(json.contains("complete"), "the records' components, not their checks: " + json);
    }

    @Test
    void termsReadBackAndARevisionWrittenBeforeThereWereTermsIsFullTime() {
        DescriptionContent partTime = new DescriptionContent("Data Analyst", new PostingFacts("Acme", Workplace.REMOTE,
                new Location(null, "DE"), null, new PostingTerms(EmploymentType.PART_TIME, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 2, 1), "jobs@acme.example", "DE-42")), Map.of(SectionKind.SUMMARY, "You answer questions."));
        String beforeTerms = """
                {"facts":{"location":{"countryCode":"DE"},"organisation":"Acme","workplace":"REMOTE"},
                "sections":{"SUMMARY":"You answer questions."},"title":"Data Analyst"}""";

        String json = DescriptionJson.write(partTime);

        assertEquals(partTime, DescriptionJson.read(json));
        assertTrue(json.contains("\"startDate\":\"2027-03-01\""), json);
        assertEquals(PostingTerms.FULL_TIME, DescriptionJson.read(beforeTerms).facts().terms());
    }

    @Test
    void aRevisionSavedWithFlatFactsStillReads() {
        String stored = """
                {"format":"rolewise-job-description/1","title":"Senior Data Engineer","organisation":"Acme","workplace":"HYBRID",\
                "city":"Berlin","countryCode":"DE","salaryMinimum":70000,"salaryMaximum":90000,"salaryCurrency":"EUR",\
                "sections":{"SUMMARY":"You build pipelines.","MUST_HAVE":"- SQL"}}""";
        String withoutSalary = """
                {"format":"rolewise-job-description/1","title":"Senior Data Engineer","organisation":"Acme","workplace":"HYBRID",\
                "city":"Berlin","countryCode":"DE","sections":{"SUMMARY":"You build pipelines.","MUST_HAVE":"- SQL"}}""";

        assertEquals(content(new SalaryRange(70000, 90000, "EUR")), DescriptionJson.read(stored));
        assertNull(DescriptionJson.read(withoutSalary).facts().salary());
        assertEquals(content(null), DescriptionJson.read(withoutSalary));
    }
}
