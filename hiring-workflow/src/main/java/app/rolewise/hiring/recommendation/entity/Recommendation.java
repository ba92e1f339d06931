package app.rolewise.hiring.recommendation.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Rolewise recommends from a manager's answers: every candidate role ranked by score, each with the
 * answers that raised or lowered it; how sure the ranking is; and, where the goal needs a foundation that
 * is missing, which role to hire first and which next.
 */
public final class Recommendation {

    /** Top scores this close (or closer) are no clear winner: the manager should weigh them. */
    public static final int CLEAR_LEAD = 2;
    /** A lead this large, relative to the top score, is a confident recommendation. */
    static final double CONFIDENT_SHARE = 0.25;

    public static final String FOUNDATION_ROLE = "data-engineer";
    public static final String MODEL_ROLE = "machine-learning-engineer";

    /** One answer's effect on one role, e.g. "You have no central data store yet: +3". */
    public record Reason(String questionCode, String sentence, int points) {
    }

    public record RoleScore(String roleSlug, int score, List<Reason> reasons) {
    }

    /** Hire {@code first}, then {@code next}; {@code why} names the missing foundation. */
    public record Sequencing(String first, String next, String why) {
    }

    public enum Confidence {
        HIGH, MEDIUM, LOW
    }

    private final List<RoleScore> ranking;
    private final Confidence confidence;
    private final boolean clearWinner;
    private final Optional<Sequencing> sequencing;

    private Recommendation(List<RoleScore> ranking, Confidence confidence, boolean clearWinner, Optional<Sequencing> sequencing) {
        this.ranking = List.copyOf(ranking);
        this.confidence = confidence;
        this.clearWinner = clearWinner;
        this.sequencing = sequencing;
    }

    /**
     * Scores every candidate role (by URL name) from the answers given (question code to answer code).
     * Unanswered questions count nothing; an answer code the bank does not know is refused.
     */
    public static Recommendation of(Collection<Question> bank, Map<String, String> answers, Collection<String> candidates) {
        Map<String, List<Reason>> reasons = new LinkedHashMap<>();
        candidates.forEach(slug -> reasons.put(slug, new ArrayList<>()));
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        for (Question question : bank) {
            String given = answers.get(question.code());
            if (given == null) {
                continue;
            }
            Answer answer = question.answer(given).orElseThrow(() ->
                    new IllegalArgumentException("Question " + question.code() + " has no answer " + given));
            signals.addAll(answer.signals());
            for (String slug : candidates) {
                int points = answer.weightFor(slug);
                if (points != 0) {
                    reasons.get(slug).add(new Reason(question.code(), answer.reason(), points));
                }
            }
        }
        List<RoleScore> ranking = reasons.entrySet().stream()
                .map(entry -> new RoleScore(entry.getKey(),
                        entry.getValue().stream().mapToInt(Reason::points).sum(), List.copyOf(entry.getValue())))
                .sorted(Comparator.comparingInt(RoleScore::score).reversed().thenComparing(RoleScore::roleSlug))
                .toList();
        int lead = ranking.size() < 2 ? Integer.MAX_VALUE : ranking.get(0).score() - ranking.get(1).score();
        boolean clear = !ranking.isEmpty() && ranking.get(0).score() > 0 && lead > CLEAR_LEAD;
        Confidence confidence = !clear ? Confidence.LOW
                : lead >= Math.max(1, ranking.get(0).score() * CONFIDENT_SHARE) ? Confidence.HIGH : Confidence.MEDIUM;
        return new Recommendation(ranking, confidence, clear, sequencing(signals, candidates));
    }

    private static Optional<Sequencing> sequencing(Set<Signal> signals, Collection<String> candidates) {
        boolean predictiveGoal = signals.contains(Signal.GOAL_PREDICTIVE);
        boolean foundationMissing = signals.contains(Signal.FOUNDATION_MISSING);
        if (predictiveGoal && foundationMissing && candidates.contains(FOUNDATION_ROLE) && candidates.contains(MODEL_ROLE)) {
            return Optional.of(new Sequencing(FOUNDATION_ROLE, MODEL_ROLE,
                    "Models need integrated, trusted data in one place; without it a machine learning engineer"
                            + " spends the first months building pipelines instead of models."));
        }
        return Optional.empty();
    }

    public List<RoleScore> ranking() {
        return ranking;
    }

    public Optional<RoleScore> top() {
        return ranking.stream().findFirst();
    }

    public Confidence confidence() {
        return confidence;
    }

    /** False when the top scores are too close to call, or nothing scored at all. */
    public boolean hasClearWinner() {
        return clearWinner;
    }

    public Optional<Sequencing> sequencing() {
        return sequencing;
    }
}
