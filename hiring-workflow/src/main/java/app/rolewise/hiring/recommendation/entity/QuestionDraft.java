package app.rolewise.hiring.recommendation.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A question as an admin edits it: its code (what assessments store), its section (one step of the
 * assessment), its text and its answers.
 */
public class QuestionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final int CODE_MAX = 60;
    public static final int SECTION_MAX = 60;
    public static final int TEXT_MAX = 300;
    public static final int ANSWERS_MIN = 2;
    public static final int ANSWERS_MAX = 10;

    @NotBlank(message = "{questionBank.question.code.required}")
    @Size(max = CODE_MAX, message = "{questionBank.question.code.format}")
    @Pattern(regexp = CODE_PATTERN, message = "{questionBank.question.code.format}")
    private String code;

    @NotBlank(message = "{questionBank.question.section.required}")
    @Size(max = SECTION_MAX, message = "{questionBank.question.section.size}")
    private String section;

    @NotBlank(message = "{questionBank.question.text.required}")
    @Size(max = TEXT_MAX, message = "{questionBank.question.text.size}")
    private String text;

    @Valid
    @Size(min = ANSWERS_MIN, max = ANSWERS_MAX, message = "{questionBank.question.answers.size}")
    private final List<@NotNull AnswerDraft> answers = new ArrayList<>();

    public QuestionDraft() {
        // a new question, with the two answers every question needs at least
        answers.add(new AnswerDraft());
        answers.add(new AnswerDraft());
    }

    public static QuestionDraft of(Question question) {
        QuestionDraft draft = new QuestionDraft();
        draft.answers.clear();
        draft.code = question.code();
        draft.section = question.section();
        draft.text = question.text();
        question.answers().forEach(answer -> draft.answers.add(AnswerDraft.of(answer)));
        return draft;
    }

    public Question toQuestion() {
        return new Question(AnswerDraft.strip(code), AnswerDraft.strip(section), AnswerDraft.strip(text),
                answers.stream().map(AnswerDraft::toAnswer).toList());
    }

    public AnswerDraft addAnswer() {
        AnswerDraft answer = new AnswerDraft();
        answers.add(answer);
        return answer;
    }

    public void removeAnswer(int index) {
        answers.remove(index);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<AnswerDraft> getAnswers() {
        return answers;
    }
}
