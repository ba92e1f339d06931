package app.rolewise.hiring.recommendation.entity;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One answer to a question: how it moves each role's score (by role URL name), the sentence that explains
 * the move to a manager, and the signals it carries.
 *
 * @param reason says why, in the manager's terms, e.g. "You have no central data store yet"
 */
public record Answer(String code, String text, Map<String, Integer> weights, String reason, Set<Signal> signals) {

    public Answer {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        weights = weights == null ? Map.of() : Map.copyOf(weights);
        signals = signals == null ? Set.of() : Set.copyOf(signals);
    }

    public int weightFor(String roleSlug) {
        return weights.getOrDefault(roleSlug, 0);
    }
}
