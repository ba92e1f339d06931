package app.rolewise.hiring.description.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The terms a candidate looks for before applying: the kind of contract, when it starts, until when
 * applications are taken, where to apply and the organisation's own reference. Only the contract kind is
 * required; a posting without a start date starts as soon as possible, one without a closing date stays open.
 *
 * @param applyAt an https address or an email address
 * @param requisitionId the reference the organisation's own systems know the opening by
 */
@Embeddable
public record PostingTerms(
        @NotNull(message = "{description.employmentType.required}")
        @Enumerated(EnumType.STRING)
        @Column(name = "employment_type", nullable = false, length = 10)
        EmploymentType employmentType,

        @Column(name = "start_date")
        LocalDate startDate,

        @FutureOrPresent(groups = WhenWritten.class, message = "{description.closingDate.past}")
        @Column(name = "closing_date")
        LocalDate closingDate,

        @Size(max = PostingTerms.APPLY_AT_MAX, message = "{description.applyAt.size}")
        @Pattern(regexp = "https://[^\\s/$.?#][^\\s]*|[^\\s@]+@[^\\s@]+\\.[^\\s@]+", message = "{description.applyAt.format}")
        @Column(name = "apply_at", length = PostingTerms.APPLY_AT_MAX)
        String applyAt,

        @Size(max = PostingTerms.REQUISITION_MAX, message = "{description.requisitionId.size}")
        @Pattern(regexp = "[\\p{Alnum}][\\p{Alnum} ._/#-]*", message = "{description.requisitionId.format}")
        @Column(name = "requisition_id", length = PostingTerms.REQUISITION_MAX)
        String requisitionId) implements Serializable {

    public static final int APPLY_AT_MAX = 200;
    public static final int REQUISITION_MAX = 40;

    /** A full-time job, starting as soon as possible, open until filled, with no address or reference yet. */
    public static final PostingTerms FULL_TIME = new PostingTerms(EmploymentType.FULL_TIME, null, null, null, null);

    public PostingTerms {
        applyAt = Typed.text(applyAt);
        requisitionId = Typed.text(requisitionId);
    }

    /** Applications by email ({@code jobs@example.com}) rather than through a web page. */
    public boolean appliesByEmail() {
        return applyAt != null && !applyAt.toLowerCase(Locale.ROOT).startsWith("https://");
    }

    /** As a revision's comparison shows it: "PART_TIME · 2027-03-01 · 2027-02-01 · https://… · DE-42", "–" where none. */
    @Override
    public String toString() {
        return String.join(" · ", String.valueOf(employmentType), Objects.toString(startDate, "–"), Objects.toString(closingDate, "–"),
                Objects.toString(applyAt, "–"), Objects.toString(requisitionId, "–"));
    }

    @AssertTrue(message = "{description.closingDate.afterStart}")
    public boolean isClosingBeforeStart() {
        return closingDate == null || startDate == null || !closingDate.isAfter(startDate);
    }
}
