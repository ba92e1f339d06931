package app.rolewise.hiring.description.entity;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a job description states besides its text: who hires, where, and for how much. One shape for the
 * entity's columns, the revisions' JSON, the forms and the exports; its rules are Bean Validation's.
 *
 * @param salary null when the manager gives none: an empty range is no range; one given without a currency
 *               is in the country's
 * @param terms the contract, its dates, where to apply; revisions written before there were terms read as
 *              {@link PostingTerms#FULL_TIME}
 */
@Embeddable
public record PostingFacts(
        @NotBlank(message = "{description.organisation.required}")
        @Size(max = PostingFacts.ORGANISATION_MAX, message = "{description.organisation.size}")
        @Column(name = "organisation", nullable = false, length = PostingFacts.ORGANISATION_MAX)
        String organisation,

        @NotNull(message = "{description.workplace.required}")
        @Enumerated(EnumType.STRING)
        @Column(name = "workplace", nullable = false, length = 8)
        Workplace workplace,

        @Valid
        @Embedded
        Location location,

        @Valid
        @Embedded
        SalaryRange salary,

        @Valid
        @Embedded
        PostingTerms terms) implements Serializable {

    public static final int ORGANISATION_MAX = 120;

    @JsonbCreator
    public PostingFacts {
        organisation = Typed.text(organisation);
        Objects.requireNonNull(location, "location");
        salary = salary == null || salary.isEmpty() ? null : salary.inCurrencyOf(location);
        terms = terms == null ? PostingTerms.FULL_TIME : terms;
    }

    /** Facts of a full-time job that starts as soon as possible ({@link PostingTerms#FULL_TIME}). */
    public PostingFacts(String organisation, Workplace workplace, Location location, SalaryRange salary) {
        this(organisation, workplace, location, salary, PostingTerms.FULL_TIME);
    }

    /** The workplace the manager's answer to the location question points to, on-site when unanswered. */
    public static Workplace workplaceFromAnswer(String locationAnswer) {
        if ("remote".equals(locationAnswer)) {
            return Workplace.REMOTE;
        }
        return "hybrid".equals(locationAnswer) ? Workplace.HYBRID : Workplace.ON_SITE;
    }

    @AssertTrue(message = "{description.city.required}")
    public boolean isCityGivenUnlessRemote() {
        return workplace == Workplace.REMOTE || location.city() != null;
    }
}
