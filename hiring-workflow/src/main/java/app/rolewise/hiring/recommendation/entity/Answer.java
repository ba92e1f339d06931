package app.rolewise.hiring.recommendation.entity;

import java.util.Map;
import java.util.Objects;

/**
 * One answer to a question: which needs it raises (1 to 3) or shows are met (-1 to -3), and the sentence that
 * explains that to a manager.
 *
 * @param reason says why, in the manager's terms, e.g. "You have no central data store yet"
 */
public record Answer(String code, String text, Map<String, Integer> needs, String reason) {

    public Answer {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        needs = needs == null ? Map.of() : Map.copyOf(needs);
        reason = reason == null ? "" : reason;
    }

    public int effectOn(String need) {
        return needs.getOrDefault(need, 0);
    }
}
