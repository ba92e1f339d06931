package app.rolewise.hiring.description.entity;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        return new DescriptionContent("Senior Data Engineer", "Acme", Workplace.ON_SITE, "Berlin", "de",
                70000, 90000, "EUR", sections);
    }

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

    @Test
    void theTextIsLockedInReviewAndOnceApproved() {
        JobDescription description = draft();
        description.submitForReview(NOW);
        ReviewStepException inReview = assertThrows(ReviewStepException.class, () -> description.revise(content("x"), NOW));
        assertTrue(inReview.getMessage().contains("Withdraw"));

        description.approve(NOW);
        ReviewStepException approved = assertThrows(ReviewStepException.class, () -> description.revise(content("x"), NOW));
        assertTrue(approved.getMessage().contains("Start a new revision"));

        description.reopen(NOW);
        description.revise(content("Changed after approval"), NOW);
        assertEquals(DescriptionState.DRAFT, description.getState());
        assertEquals(1, description.getApprovedRevision(), "the approved revision stays on record");
        assertThrows(ReviewStepException.class, () -> description.approve(NOW), "a new revision needs review again");
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
        assertEquals("Fill in these sections before submitting: About the role.", refused.getMessage());
        assertEquals(DescriptionState.DRAFT, description.getState());
    }

    @Test
    void postingCarriesTheFactsAndTheSections() throws Exception {
        JobDescription description = draft();
        setId(description);
        Posting posting = description.posting(LocalDate.of(2026, 11, 24));
        assertEquals("DE", posting.countryCode(), "country codes are kept upper case");
        assertEquals(new SalaryRange(70000, 90000, "EUR"), posting.salary());
        assertEquals("15-1243.00", posting.onetSocCode());
        assertEquals(SectionKind.values().length, posting.sections().size());
        assertEquals("Summary", posting.sections().get(0).body());
    }

    @Test
    void inputRulesSpeakThroughBeanValidation() {
        Map<SectionKind, String> none = Map.of();
        JobDescription bad = new JobDescription(1L, "mark", "data-engineer", "Data Engineer", null, null,
                new DescriptionContent(" ", "Acme", Workplace.ON_SITE, null, "XX", 90000, 70000, "EUR", none), NOW);
        Set<String> messages = VALIDATOR.validate(bad).stream().map(ConstraintViolation::getMessageTemplate).collect(Collectors.toSet());
        assertEquals(Set.of("{description.title.required}", "{description.country.format}", "{description.salary.order}",
                "{description.city.required}"), messages);

        JobDescription halfSalary = new JobDescription(1L, "mark", "data-engineer", "Data Engineer", null, null,
                new DescriptionContent("T", "Acme", Workplace.REMOTE, null, "DE", 50000, null, null, none), NOW);
        assertEquals(Set.of("{description.salary.complete}"),
                VALIDATOR.validate(halfSalary).stream().map(ConstraintViolation::getMessageTemplate).collect(Collectors.toSet()));
        assertTrue(halfSalary.salary().isEmpty());
    }

    @Test
    void changesBetweenRevisionsAreListedInReadingOrder() {
        DescriptionContent before = content("Old summary");
        DescriptionContent after = content("New summary").withSection(SectionKind.SALARY, "");
        var changes = before.changesTo(after);
        assertEquals(2, changes.size());
        assertEquals("About the role", changes.get(0).label());
        assertEquals("Old summary", changes.get(0).before());
        assertEquals("Salary", changes.get(1).label());
        assertEquals("", changes.get(1).after());
    }

    private static void setId(JobDescription description) throws ReflectiveOperationException {
        Field id = JobDescription.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(description, 7L);
    }
}
