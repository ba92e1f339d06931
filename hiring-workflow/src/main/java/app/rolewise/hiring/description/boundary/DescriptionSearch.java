package app.rolewise.hiring.description.boundary;

import app.rolewise.hiring.description.entity.DescriptionState;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * What a list of job descriptions shows and in which order: those whose title, role or (for HR) manager contains
 * the text, in one state, of one manager (HR only: a manager sees their own), and those waiting for HR's review
 * longer than a number of days. A null text, state, manager or number of days means any.
 *
 * @param waitingDays only descriptions in review that were submitted more than this many days ago
 * @param descending  the order reversed: newest first for {@link Order#UPDATED}, Z to A for {@link Order#TITLE}
 */
public record DescriptionSearch(
        @Size(max = DescriptionSearch.TEXT_MAX, message = "{list.search.size}") String text,
        DescriptionState state,
        @Size(max = DescriptionSearch.MANAGER_MAX, message = "{list.manager.size}") String manager,
        @Min(value = 0, message = "{list.waiting.range}") @Max(value = DescriptionSearch.WAITING_MAX, message = "{list.waiting.range}")
        Integer waitingDays,
        @NotNull Order order,
        boolean descending) implements Serializable {

    public static final int TEXT_MAX = 80;
    public static final int MANAGER_MAX = 120;
    public static final int WAITING_MAX = 3650;

    /** What the list can be sorted by. */
    public enum Order {
        /** The last change; for a description in review, when it was submitted. */
        UPDATED,
        TITLE,
        /** The state in the order a description goes through them, then the last change. */
        STATE
    }

    /** The default list: every description, the most recently changed first. */
    public static DescriptionSearch newestFirst() {
        return new DescriptionSearch(null, null, null, null, Order.UPDATED, true);
    }
}
