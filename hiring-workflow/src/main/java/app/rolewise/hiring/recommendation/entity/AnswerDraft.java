package app.rolewise.hiring.recommendation.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An answer as an admin edits it: its text, the sentence that explains its effect to a manager, its
 * signals and its weight towards each role (by URL name; none or 0 means it does not move that role).
 */
public class AnswerDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int CODE_MAX = 60;
    public static final int TEXT_MAX = 200;
    public static final int REASON_MAX = 200;
    public static final int WEIGHT_MIN = -5;
    public static final int WEIGHT_MAX = 5;

    @NotBlank(message = "{questionBank.answer.code.required}")
    @Size(max = CODE_MAX, message = "{questionBank.answer.code.format}")
    @Pattern(regexp = QuestionDraft.CODE_PATTERN, message = "{questionBank.answer.code.format}")
    private String code;

    @NotBlank(message = "{questionBank.answer.text.required}")
    @Size(max = TEXT_MAX, message = "{questionBank.answer.text.size}")
    private String text;

    @NotBlank(message = "{questionBank.answer.reason.required}")
    @Size(max = REASON_MAX, message = "{questionBank.answer.reason.size}")
    private String reason;

    private List<Signal> signals = new ArrayList<>();

    private final Map<String,
            @Min(value = WEIGHT_MIN, message = "{questionBank.weight.range}")
            @Max(value = WEIGHT_MAX, message = "{questionBank.weight.range}") Integer> weights = new LinkedHashMap<>();

    public AnswerDraft() {
        // a new, empty answer
    }

    public static AnswerDraft of(Answer answer) {
        AnswerDraft draft = new AnswerDraft();
        draft.code = answer.code();
        draft.text = answer.text();
        draft.reason = answer.reason();
        draft.signals = answer.signals().stream().sorted().collect(Collectors.toCollection(ArrayList::new));
        draft.weights.putAll(new TreeMap<>(answer.weights()));
        return draft;
    }

    /** The answer as the recommender reads it: texts stripped, weights of 0 left out. */
    public Answer toAnswer() {
        Map<String, Integer> moving = new TreeMap<>();
        weights.forEach((role, points) -> {
            if (points != null && points != 0) {
                moving.put(role, points);
            }
        });
        return new Answer(strip(code), strip(text), moving, strip(reason), Set.copyOf(signals));
    }

    /** The roles this answer moves, by URL name. */
    public List<String> movedRoles() {
        return weights.entrySet().stream()
                .filter(entry -> entry.getValue() != null && entry.getValue() != 0)
                .map(Map.Entry::getKey).toList();
    }

    public int weightFor(String role) {
        Integer points = weights.get(role);
        return points == null ? 0 : points;
    }

    public void setWeight(String role, Integer points) {
        weights.put(Objects.requireNonNull(role, "role"), points);
    }

    static String strip(String value) {
        return value == null ? null : value.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<Signal> getSignals() {
        return signals;
    }

    public void setSignals(List<Signal> signals) {
        this.signals = signals == null ? new ArrayList<>() : new ArrayList<>(signals);
    }

    /** Role URL name to points; the editor binds one field per library role. */
    public Map<String, Integer> getWeights() {
        return weights;
    }
}
