package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.Location;
import app.rolewise.hiring.description.entity.Posting;
import app.rolewise.hiring.description.entity.EmploymentType;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.PostingTerms;
import app.rolewise.hiring.description.entity.PostingSection;
import app.rolewise.hiring.description.entity.SalaryRange;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.hiring.description.entity.Workplace;

import java.time.LocalDate;
import java.util.List;

/** Postings the export tests share: one hybrid with a salary, one remote without. */
final class SamplePostings {

    static final LocalDate POSTED = LocalDate.of(2026, 3, 2);

    private SamplePostings() {
    }

    static List<PostingSection> sections() {
        return List.of(
                new PostingSection(SectionKind.SUMMARY, """
                        Our café-chain data platform serves 40 stores – and it is growing.
                        You will own the pipelines that feed our forecasts.

                        The team budget includes 1 500 € a year for learning."""),
                new PostingSection(SectionKind.RESPONSIBILITIES, """
                        - Build and run batch pipelines in Airflow and dbt
                        - Model data for the analysts in Snowflake
                        - Review code with the other engineers"""),
                new PostingSection(SectionKind.MUST_HAVE, """
                        - Three years of SQL in production
                        - Python for data work"""),
                new PostingSection(SectionKind.NICE_TO_HAVE, "   "),
                new PostingSection(SectionKind.EQUAL_OPPORTUNITY,
                        "We welcome applications from everyone, whatever their background."));
    }

    static Posting hybridInMunich() {
        return new Posting("Senior Data Engineer", new PostingFacts("Nordlicht Analytics GmbH", Workplace.HYBRID,
                new Location("München", "DE"), new SalaryRange(70_000, 85_000, "EUR")), POSTED, "15-1243.00", "2521", sections(),
                Posting.Standing.approved(1));
    }

    /** The Munich posting as revision 3, not approved (a draft, or a newer revision of an approved one). */
    static Posting hybridInMunichUnapproved() {
        Posting approved = hybridInMunich();
        return new Posting(approved.title(), approved.facts(), approved.datePosted(), approved.onetSocCode(), approved.isco08Code(),
                approved.sections(), Posting.Standing.draft(3));
    }

    /** The Munich posting with every term given: part-time, dates, a web address to apply at, a reference. */
    static Posting partTimeInMunichWithTerms() {
        Posting munich = hybridInMunich();
        PostingFacts facts = munich.facts();
        return new Posting(munich.title(), new PostingFacts(facts.organisation(), facts.workplace(), facts.location(), facts.salary(),
                new PostingTerms(EmploymentType.PART_TIME, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 4, 30),
                        "https://jobs.nordlicht.example/apply/de-42", "DE-42")),
                munich.datePosted(), munich.onetSocCode(), munich.isco08Code(), munich.sections(), munich.standing());
    }

    static Posting remoteWithoutSalary() {
        return new Posting("Analytics Engineer", new PostingFacts("Fjord & Co", Workplace.REMOTE, new Location(null, "NO"), null),
                POSTED, "15-2051.01", null, sections(),
                Posting.Standing.approved(1));
    }
}
