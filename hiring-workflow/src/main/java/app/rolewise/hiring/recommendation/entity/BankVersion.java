package app.rolewise.hiring.recommendation.entity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One saved version of the question bank, as assessments run on it: an assessment stays on the version
 * it started with, whatever admins change later.
 */
public record BankVersion(int number, Instant savedAt, String savedBy, BankContent content) {

    public BankVersion {
        Objects.requireNonNull(content, "content");
    }

    public List<Question> questions() {
        return content.questions();
    }

    public DecisionModel model() {
        return content.model();
    }

    public Optional<Question> question(String code) {
        return questions().stream().filter(question -> question.code().equals(code)).findFirst();
    }

    /** The sections in the order the assessment shows them. */
    public List<String> sections() {
        return questions().stream().map(Question::section).filter(Objects::nonNull).distinct().toList();
    }
}
