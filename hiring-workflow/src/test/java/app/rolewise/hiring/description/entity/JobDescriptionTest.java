package app.rolewise.hiring.description.entity;

import app.rolewise.history.entity.Change;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobDescriptionTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static DescriptionContent content(String summary) {
        Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
        for (SectionKind kind : SectionKind.values()) {
            sections.put(kind, kind.heading() + " text");
        }
        sections.put(SectionKind.SUMMARY, summary);
        return new DescriptionContent("Senior Data Engineer", new PostingFacts("Acme", Workplace.ON_SITE, new Location("Berlin", "de"),
                new SalaryRange(70000, 90000, "EUR")), sections);
    }

    private static final LocalDate LATER = LocalDate.of(2026, 12, 24);

    private static JobDescription draft() {
        return new JobDescription(1L, "mark", "data-engineer", "Data Engineer", "15-1243.00", "2521", content("Summary"), NOW);
    }

    @Test
    void aDraftGoesThroughReviewToApproval() {
        JobDescription description = draft();
        assertEquals(DescriptionState.DRAFT, description.getState());
        assertEquals(1, description.getRevision());

        description.submitForReview(NOW);
        assertEquals(DescriptionState.IN_REVIEW, description.getState());
        description.requestChanges(NOW);
        assertEquals(DescriptionState.CHANGES_REQUESTED, description.getState());
        description.revise(content("Better summary"), NOW);
        assertEquals(2, description.getRevision());
        description.submitForReview(NOW);
        description.approve(NOW);

        assertEquals(DescriptionState.APPROVED, description.getState());
        assertEquals(2, description.getApprovedRevision());
        assertEquals(LocalDate.of(2026, 11, 24), description.getApprovedOn());
    }

    /** What the page offers in each state is what the steps allow: one rule, asked by both. */
    @Test
    void eachStateSaysWhatItAllows() {
        JobDescription description = draft();
        assertEquals(List.of(true, false, false), allowed(description), "a draft is edited and submitted");
        description.submitForReview(NOW);
        assertEquals(List.of(false, true, false), allowed(description), "in review: HR decides, the manager may withdraw");
        description.requestChanges(NOW);
        assertEquals(List.of(true, false, false), allowed(description), "sent back: edited and submitted again");
        description.submitForReview(NOW);
        description.approve(NOW);
        assertEquals(List.of(false, false, true), allowed(description), "approved: locked until reopened, published");
        description.reopen(NOW);
        assertEquals(List.of(true, false, false), allowed(description));
    }

    private static List<Boolean> allowed(JobDescription description) {
        return List.of(description.isEditable(), description.isAwaitingReview(), description.isApproved());
    }

    @Test
    void theTextIsLockedInReviewAndOnceApproved() {
        JobDescription description = draft();
        description.submitForReview(NOW);
        ReviewStepException inReview = assertThrows(ReviewStepException.class, () -> description.revise(content("x"), NOW));
        assertEquals("refused.review.inReview", inReview.key());

        description.approve(NOW);
        ReviewStepException approved = assertThrows(ReviewStepException.class, () -> description.revise(content("x"), NOW));
        assertEquals("refused.review.approvedLocked", approved.key());

        description.reopen(NOW);
        description.revise(content("Changed after approval"), NOW);
        assertEquals(DescriptionState.DRAFT, description.getState());
        assertEquals(1, description.getApprovedRevision(), "the approved revision stays on record");
        assertThrows(ReviewStepException.class, () -> description.approve(NOW), "a new revision needs review again");
    }

    /** While a newer revision is drafted, what job boards get is still the approved text, dated by its approval. */
    @Test
    void theApprovedRevisionStaysPublishedWhileANewerOneIsDrafted() {
        JobDescription description = draft();
        ReviewStepException never = assertThrows(ReviewStepException.class, () -> description.approvedPosting(description.content()));
        assertEquals("refused.export.notApproved", never.key());
        assertEquals(Posting.Standing.draft(1), description.posting(LATER).standing());

        description.submitForReview(NOW);
        description.approve(NOW);
        DescriptionContent approvedText = description.content();
        assertEquals(Posting.Standing.approved(1), description.posting(LATER).standing());
        assertEquals(description.getApprovedOn(), description.posting(LATER).datePosted());
        assertFalse(description.isPublishedWhileRevised());

        description.reopen(NOW);
        description.revise(content("A newer summary"), NOW);
        Posting current = description.posting(LATER);
        Posting published = description.approvedPosting(approvedText);

        assertTrue(description.isPublishedWhileRevised());
        assertEquals(Posting.Standing.draft(2), current.standing(), "the newer text is a draft");
        assertEquals(LATER, current.datePosted(), "a draft is dated the day it is exported");
        assertEquals(Posting.Standing.approved(1), published.standing());
        assertEquals(description.getApprovedOn(), published.datePosted());
        assertEquals("Summary", published.sections().stream().filter(section -> section.kind() == SectionKind.SUMMARY)
                .findFirst().orElseThrow().body(), "the approved text, not the newer one");
    }

    @Test
    void onlyADescriptionInReviewCanBeDecidedOn() {
        JobDescription description = draft();
        assertThrows(ReviewStepException.class, () -> description.approve(NOW));
        assertThrows(ReviewStepException.class, () -> description.requestChanges(NOW));
        assertThrows(ReviewStepException.class, () -> description.withdraw(NOW));
        assertThrows(ReviewStepException.class, () -> description.reopen(NOW));
    }

    @Test
    void theEssentialSectionsMustBeFilledToSubmit() {
        JobDescription description = draft();
        description.revise(content("  "), NOW);
        ReviewStepException refused = assertThrows(ReviewStepException.class, () -> description.submitForReview(NOW));
        assertEquals("refused.review.sectionsMissing", refused.key());
        assertEquals(List.of("About the role"), List.of(refused.arguments()));
        assertEquals(DescriptionState.DRAFT, description.getState());
    }

    @Test
    void postingCarriesTheFactsAndTheSections() throws Exception {
        JobDescription description = draft();
        setId(description);
        Posting posting = description.posting(LocalDate.of(2026, 11, 24));
        assertEquals("DE", posting.facts().location().countryCode(), "country codes are kept upper case");
        assertEquals(new SalaryRange(70000, 90000, "EUR"), posting.facts().salary());
        assertEquals("15-1243.00", posting.onetSocCode());
        assertEquals(SectionKind.values().length, posting.sections().size());
        assertEquals("Summary", posting.sections().get(0).body());
    }

    @Test
    void inputRulesSpeakThroughBeanValidation() {
        Map<SectionKind, String> none = Map.of();
        JobDescription bad = new JobDescription(1L, "mark", "data-engineer", "Data Engineer", null, null,
                new DescriptionContent(" ", new PostingFacts("Acme", Workplace.ON_SITE, new Location(null, "XX"),
                        new SalaryRange(90000, 70000, "EUR")), none), NOW);
        Set<String> messages = VALIDATOR.validate(bad).stream().map(ConstraintViolation::getMessageTemplate).collect(Collectors.toSet());
        assertEquals(Set.of("{description.title.required}", "{description.country.format}", "{description.salary.order}",
                "{description.city.required}"), messages);

        JobDescription halfSalary = new JobDescription(1L, "mark", "data-engineer", "Data Engineer", null, null,
                new DescriptionContent("T", new PostingFacts("Acme", Workplace.REMOTE, new Location(null, "DE"),
                        new SalaryRange(50000, null, " ")), none), NOW);
        assertEquals(Set.of("{description.salary.complete}"),
                VALIDATOR.validate(halfSalary).stream().map(ConstraintViolation::getMessageTemplate).collect(Collectors.toSet()));
        assertEquals(new SalaryRange(50000, null, "EUR"), halfSalary.getFacts().salary(),
                "kept as typed, to be named, not dropped; in Germany's currency as none was given");

        JobDescription badFacts = new JobDescription(1L, "mark", "data-engineer", "Data Engineer", null, null,
                new DescriptionContent("T", new PostingFacts(" ", null, new Location("Berlin", "DE"),
                        new SalaryRange(0, SalaryRange.LIMIT + 1, "lor")), none), NOW);
        assertEquals(Set.of("{description.organisation.required}", "{description.workplace.required}", "{description.salary.positive}",
                        "{description.salary.max}", "{description.salary.currency}"),
                VALIDATOR.validate(badFacts).stream().map(ConstraintViolation::getMessageTemplate).collect(Collectors.toSet()));
    }

    @Test
    void aSalaryGivenWithoutACurrencyIsInTheCountrysOwn() {
        assertEquals("GBP", new PostingFacts("Acme", Workplace.ON_SITE, new Location("Leeds", "GB"),
                new SalaryRange(40_000, 50_000, null)).salary().currency());
        assertEquals("CHF", new PostingFacts("Acme", Workplace.REMOTE, new Location(null, "CH"),
                new SalaryRange(40_000, 50_000, " ")).salary().currency());
        assertEquals("USD", new PostingFacts("Acme", Workplace.REMOTE, new Location(null, "DE"),
                new SalaryRange(40_000, 50_000, "usd")).salary().currency(), "a currency given is kept");
        assertNull(new PostingFacts("Acme", Workplace.REMOTE, new Location(null, "AQ"),
                new SalaryRange(40_000, 50_000, null)).salary().currency(), "Antarctica has none: left for the form to ask");
        assertNull(new PostingFacts("Acme", Workplace.REMOTE, new Location(null, null),
                new SalaryRange(40_000, 50_000, null)).salary().currency());
    }

    @Test
    void termsAreCheckedAndAClosingDateInThePastOnlyWhenWritten() {
        LocalDate today = LocalDate.now();
        PostingTerms bad = new PostingTerms(null, today.plusDays(10), today.plusDays(20), "http://jobs.example", "#no");
        assertEquals(Set.of("{description.employmentType.required}", "{description.closingDate.afterStart}",
                        "{description.applyAt.format}", "{description.requisitionId.format}"),
                VALIDATOR.validate(bad).stream().map(ConstraintViolation::getMessageTemplate).collect(Collectors.toSet()));

        PostingTerms closed = new PostingTerms(EmploymentType.FULL_TIME, null, today.minusDays(1), " jobs@acme.example ", "DE-42 / 7");
        assertEquals(Set.of(), VALIDATOR.validate(closed), "a stored posting's closing date passes, and it stays valid");
        assertEquals(Set.of("{description.closingDate.past}"), VALIDATOR.validate(closed, Default.class, WhenWritten.class).stream()
                .map(ConstraintViolation::getMessageTemplate).collect(Collectors.toSet()));
        assertEquals("jobs@acme.example", closed.applyAt());
        assertTrue(closed.appliesByEmail());
        assertFalse(new PostingTerms(EmploymentType.INTERN, null, null, "https://acme.example/jobs/42", null).appliesByEmail());
        assertEquals(Set.of(), VALIDATOR.validate(new PostingTerms(EmploymentType.INTERN, today, today, "https://acme.example/jobs/42", null),
                Default.class, WhenWritten.class), "closing on the day it starts, today");
    }

    @Test
    void factsWithoutTermsAreAFullTimeJobStartingWhenever() {
        assertEquals(PostingTerms.FULL_TIME, new PostingFacts("Acme", Workplace.REMOTE, new Location(null, "DE"), null, null).terms());
    }

    @Test
    void anEmptySalaryIsNoSalaryAndTypedFactsAreKeptTrimmed() {
        PostingFacts facts = new PostingFacts(" Acme ", Workplace.HYBRID, new Location(" Leeds ", " gb"), new SalaryRange(null, null, "  "));

        assertEquals(new PostingFacts("Acme", Workplace.HYBRID, new Location("Leeds", "GB"), null), facts);
        assertEquals("United Kingdom", facts.location().countryName().orElseThrow());
        assertEquals("QQ", Location.countryName("QQ"), "a code Java does not know is shown as itself");
        assertTrue(new Location("Leeds", null).countryName().isEmpty());
    }

    @Test
    void changesBetweenRevisionsAreListedInReadingOrder() {
        DescriptionContent before = content("Old summary");
        DescriptionContent after = content("New summary").withSection(SectionKind.SALARY, "");
        var changes = before.changesTo(after);
        assertEquals(List.of(SectionKind.SUMMARY, SectionKind.SALARY), changes.stream().map(Change::field).toList());
        assertEquals("Old summary", changes.get(0).before());
        assertEquals("", changes.get(1).after());
    }

    @Test
    void changedFactsComeBeforeChangedSections() {
        DescriptionContent before = content("Old summary");
        DescriptionContent after = new DescriptionContent("Lead Data Engineer",
                new PostingFacts(before.facts().organisation(), Workplace.REMOTE, before.facts().location(), before.facts().salary()),
                before.sections()).withSection(SectionKind.SUMMARY, "New summary");

        var changes = before.changesTo(after).stream().map(Change::field).toList();

        assertEquals(List.of(DescriptionContent.Fact.TITLE, DescriptionContent.Fact.WORKPLACE, SectionKind.SUMMARY), changes);
        assertTrue(changes.get(0).isFact() && !changes.get(2).isFact());
    }

    private static void setId(JobDescription description) throws ReflectiveOperationException {
        Field id = JobDescription.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(description, 7L);
    }
}
