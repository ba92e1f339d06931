package app.rolewise.hiring.recommendation.entity;

import java.util.Objects;

/**
 * What must already be in place before a role can do its work: when the organisation still clearly has
 * {@code need} (raised to {@link DecisionModel#PRESSING} or more), the role that best covers that need is
 * hired first.
 *
 * @param why one or two sentences a manager can pass on, on what goes wrong when the order is reversed
 */
public record Prerequisite(String need, String why) implements java.io.Serializable {

    public Prerequisite {
        Objects.requireNonNull(need, "need");
        why = why == null ? "" : why;
    }
}
