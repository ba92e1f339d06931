package app.rolewise.hiring.recommendation.entity;

import java.util.List;
import java.util.Map;

/**
 * What one version of the question bank holds: the decision model and the questions whose answers feed it.
 * A bank saved before the decision model existed reads with an empty model, so its questions stay readable.
 */
public record BankContent(DecisionModel model, List<Question> questions) {

    public BankContent {
        model = model == null ? new DecisionModel(List.of(), Map.of()) : model;
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** Whether this bank can recommend: a bank from before the decision model cannot. */
    public boolean hasModel() {
        return !model.needs().isEmpty();
    }
}
