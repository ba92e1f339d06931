package app.rolewise.library.entity;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/**
 * A question hiring teams ask about a role, with its answer.
 */
@Embeddable
public class FaqEntry implements Serializable {

    public static final int QUESTION_MAX = 300;
    public static final int ANSWER_MAX = 2000;

    @NotBlank(groups = Publishable.class, message = "{faq.question.required}")
    @Size(max = QUESTION_MAX, message = "{faq.question.size}")
    @Column(name = "question", length = QUESTION_MAX)
    private String question;

    @NotBlank(groups = Publishable.class, message = "{faq.answer.required}")
    @Size(max = ANSWER_MAX, message = "{faq.answer.size}")
    @Column(name = "answer", length = ANSWER_MAX)
    private String answer;

    protected FaqEntry() {
        // for JPA
    }

    @JsonbCreator
    public FaqEntry(@JsonbProperty("question") String question, @JsonbProperty("answer") String answer) {
        this.question = Text.clean(question);
        this.answer = Text.clean(answer);
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = Text.clean(question);
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = Text.clean(answer);
    }

    /** A row the admin added but left empty: not kept. */
    public boolean isBlank() {
        return question == null && answer == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FaqEntry that && Objects.equals(question, that.question) && Objects.equals(answer, that.answer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(question, answer);
    }

    @Override
    public String toString() {
        return question + " — " + answer;
    }
}
