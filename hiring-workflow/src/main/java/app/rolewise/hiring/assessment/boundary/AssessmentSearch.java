package app.rolewise.hiring.assessment.boundary;

import app.rolewise.hiring.assessment.entity.AssessmentStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * What a list of assessments shows and in which order: those whose name, chosen role or (for HR) manager contains
 * the text, in one status, of one manager (HR only: a manager sees their own), the archived ones or the others.
 * A null text, status or manager means any.
 *
 * @param descending the order reversed: newest first for {@link Order#UPDATED}, Z to A for {@link Order#TITLE}
 */
public record AssessmentSearch(
        @Size(max = AssessmentSearch.TEXT_MAX, message = "{list.search.size}") String text,
        AssessmentStatus status,
        @Size(max = AssessmentSearch.MANAGER_MAX, message = "{list.manager.size}") String manager,
        boolean archived,
        @NotNull Order order,
        boolean descending) implements Serializable {

    public static final int TEXT_MAX = 80;
    public static final int MANAGER_MAX = 120;

    /** What the list can be sorted by. */
    public enum Order {
        /** The last change. */
        UPDATED,
        TITLE,
        /** The status in the order an assessment goes through them, then the last change. */
        STATE
    }

    /** The default list: every assessment that is not archived, the most recently changed first. */
    public static AssessmentSearch newestFirst() {
        return new AssessmentSearch(null, null, null, false, Order.UPDATED, true);
    }
}
