package app.rolewise.hiring.recommendation.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An answer as an admin edits it: its text, the sentence that explains its effect to a manager, and how
 * it raises (1 to 3) or lessens (-1 to -3) each need of the decision model (none or 0: no effect).
 */
public class AnswerDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int CODE_MAX = 60;
    public static final int TEXT_MAX = 200;
    public static final int REASON_MAX = 200;
    public static final int EFFECT_MIN = -DecisionModel.FULL;
    public static final int EFFECT_MAX = DecisionModel.FULL;

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

    private final Map<String,
            @Min(value = EFFECT_MIN, message = "{questionBank.effect.range}")
            @Max(value = EFFECT_MAX, message = "{questionBank.effect.range}") Integer> needs = new LinkedHashMap<>();

    public AnswerDraft() {
        // a new, empty answer
    }

    public static AnswerDraft of(Answer answer) {
        AnswerDraft draft = new AnswerDraft();
        draft.code = answer.code();
        draft.text = answer.text();
        draft.reason = answer.reason();
        draft.needs.putAll(new TreeMap<>(answer.needs()));
        return draft;
    }

    /** The answer as the recommender reads it: texts stripped, effects of 0 left out. */
    public Answer toAnswer() {
        Map<String, Integer> effects = new TreeMap<>();
        needs.forEach((need, points) -> {
            if (points != null && points != 0) {
                effects.put(need, points);
            }
        });
        return new Answer(strip(code), strip(text), effects, strip(reason));
    }

    public int effectOn(String need) {
        Integer points = needs.get(need);
        return points == null ? 0 : points;
    }

    public void setEffect(String need, Integer points) {
        needs.put(Objects.requireNonNull(need, "need"), points);
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

    /** Need code to points; the editor binds one field per need of the model. */
    public Map<String, Integer> getNeeds() {
        return needs;
    }
}
