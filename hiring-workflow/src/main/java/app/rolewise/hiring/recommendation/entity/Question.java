package app.rolewise.hiring.recommendation.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question of the needs assessment, in a section such as "Business goal", with its answers.
 */
public record Question(String code, String section, String text, List<Answer> answers) {

    public Question {
        Objects.requireNonNull(code, "code");
        answers = answers == null ? List.of() : List.copyOf(answers);
        if (answers.stream().map(Answer::code).distinct().count() != answers.size()) {
            throw new IllegalArgumentException("Question " + code + " lists an answer twice");
        }
    }

    public Optional<Answer> answer(String answerCode) {
        return answers.stream().filter(answer -> answer.code().equals(answerCode)).findFirst();
    }
}
