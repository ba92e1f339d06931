package app.rolewise.hiring.recommendation.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Rolewise recommends from a manager's answers: every candidate role ranked by score, each with the
 * answers that raised or lowered it; the role to hire now, if the answers are enough and one role leads
 * clearly; how sure that is; and, where the goal needs a foundation that is missing, which role to hire first
 * and which next.
 * <p>
 * Nothing is recommended on too few answers, and roles that score too close to call are shown as a tie (the
 * contenders), never decided by their names. When a sequence applies, its first hire is the recommendation, so
 * the advice and the pre-selected choice never disagree.
 */
public final class Recommendation {

    /** Top scores this close (or closer) are no clear winner: the manager should weigh them. */
    public static final int CLEAR_LEAD = 2;
    /** The share of the bank's questions answered before anything is recommended. */
    public static final double ENOUGH_ANSWERED = 0.6;
    /** The share answered that a high confidence needs, besides a large lead. */
    static final double WELL_ANSWERED = 0.8;
    /** A lead this large, relative to what the leading role could score on the bank, is a confident recommendation. */
    static final double CONFIDENT_SHARE = 0.25;

    public static final String FOUNDATION_ROLE = "data-engineer";
    public static final String MODEL_ROLE = "machine-learning-engineer";

    /** One answer's effect on one role, e.g. "You have no central data store yet: +3". */
    public record Reason(String questionCode, String sentence, int points) {
    }

    /**
     * @param scale the most this role could score on the bank (its best answer to every question), so that
     *              roles with few weighted answers can be read on the same bar as roles with many
     */
    public record RoleScore(String roleSlug, int score, int scale, List<Reason> reasons) {

        /** The score as a share of the role's scale, 0 to 100 (below 0 counts as 0). */
        public int percent() {
            return scale <= 0 ? 0 : (int) Math.round(100.0 * Math.max(0, Math.min(score, scale)) / scale);
        }
    }

    /** Hire {@code first}, then {@code next}; {@code why} names the missing foundation. */
    public record Sequencing(String first, String next, String why) {
    }

    public enum Confidence {
        HIGH, MEDIUM, LOW
    }

    private final List<RoleScore> ranking;
    private final int answered;
    private final int questions;
    private final List<String> unansweredSections;
    private final List<String> contenders;
    private final Confidence confidence;
    private final Optional<Sequencing> sequencing;

    private Recommendation(List<RoleScore> ranking, int answered, int questions, List<String> unansweredSections,
                           List<String> contenders, Confidence confidence, Optional<Sequencing> sequencing) {
        this.ranking = List.copyOf(ranking);
        this.answered = answered;
        this.questions = questions;
        this.unansweredSections = List.copyOf(unansweredSections);
        this.contenders = List.copyOf(contenders);
        this.confidence = confidence;
        this.sequencing = sequencing;
    }

    /**
     * Scores every candidate role (by URL name) from the answers given (question code to answer code).
     * Unanswered questions count nothing; an answer code the bank does not know is refused.
     */
    public static Recommendation of(Collection<Question> bank, Map<String, String> answers, Collection<String> candidates) {
        Map<String, List<Reason>> reasons = new LinkedHashMap<>();
        Map<String, Integer> scales = new LinkedHashMap<>();
        candidates.forEach(slug -> {
            reasons.put(slug, new ArrayList<>());
            scales.put(slug, 0);
        });
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        Set<String> unansweredSections = new LinkedHashSet<>();
        int answered = 0;
        for (Question question : bank) {
            for (String slug : candidates) {
                int best = question.answers().stream().mapToInt(answer -> answer.weightFor(slug)).max().orElse(0);
                scales.merge(slug, Math.max(0, best), Integer::sum);
            }
            String given = answers.get(question.code());
            if (given == null) {
                unansweredSections.add(question.section());
                continue;
            }
            answered++;
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
        // equal scores stay in the order of the candidates (the library's), not decided by name
        List<RoleScore> ranking = reasons.entrySet().stream()
                .map(entry -> new RoleScore(entry.getKey(), entry.getValue().stream().mapToInt(Reason::points).sum(),
                        scales.get(entry.getKey()), List.copyOf(entry.getValue())))
                .sorted(Comparator.comparingInt(RoleScore::score).reversed())
                .toList();
        int questions = bank.size();
        boolean enough = questions > 0 && answered >= Math.ceil(ENOUGH_ANSWERED * questions);
        if (!enough || ranking.isEmpty() || ranking.get(0).score() <= 0) {
            return new Recommendation(ranking, answered, questions, List.copyOf(unansweredSections), List.of(), Confidence.LOW,
                    Optional.empty());
        }
        RoleScore top = ranking.get(0);
        List<String> close = ranking.stream().filter(score -> top.score() - score.score() <= CLEAR_LEAD)
                .map(RoleScore::roleSlug).toList();
        Optional<Sequencing> sequencing = sequencing(signals, candidates, close);
        if (close.size() > 1) {
            return new Recommendation(ranking, answered, questions, List.copyOf(unansweredSections), close, Confidence.LOW, sequencing);
        }
        int lead = top.score() - (ranking.size() < 2 ? 0 : ranking.get(1).score());
        boolean confident = lead >= Math.max(CLEAR_LEAD + 1, CONFIDENT_SHARE * top.scale()) && answered >= WELL_ANSWERED * questions;
        return new Recommendation(ranking, answered, questions, List.copyOf(unansweredSections), List.of(top.roleSlug()),
                confident ? Confidence.HIGH : Confidence.MEDIUM, sequencing);
    }

    /**
     * A model role needs integrated, trusted data: when the answers point at the model path (the foundation or
     * the model role among the leaders) for a predictive goal on a missing foundation, the foundation comes first.
     */
    private static Optional<Sequencing> sequencing(Set<Signal> signals, Collection<String> candidates, List<String> leaders) {
        boolean predictiveGoal = signals.contains(Signal.GOAL_PREDICTIVE);
        boolean foundationMissing = signals.contains(Signal.FOUNDATION_MISSING);
        boolean modelPath = leaders.contains(FOUNDATION_ROLE) || leaders.contains(MODEL_ROLE);
        if (predictiveGoal && foundationMissing && modelPath && candidates.contains(FOUNDATION_ROLE) && candidates.contains(MODEL_ROLE)) {
            return Optional.of(new Sequencing(FOUNDATION_ROLE, MODEL_ROLE,
                    "Models need integrated, trusted data in one place; without it a machine learning engineer"
                            + " spends the first months building pipelines instead of models."));
        }
        return Optional.empty();
    }

    public List<RoleScore> ranking() {
        return ranking;
    }

    /** The role with the highest score, whether or not it leads clearly. */
    public Optional<RoleScore> top() {
        return ranking.stream().findFirst();
    }

    /**
     * The role to hire now: the first of a sequence, else the clear winner; empty on too few answers or when
     * the leaders are too close to call.
     */
    public Optional<String> recommended() {
        if (sequencing.isPresent()) {
            return Optional.of(sequencing.get().first());
        }
        return contenders.size() == 1 ? Optional.of(contenders.get(0)) : Optional.empty();
    }

    public Confidence confidence() {
        return confidence;
    }

    /** True when enough was answered and one role leads by more than {@link #CLEAR_LEAD}. */
    public boolean hasClearWinner() {
        return contenders.size() == 1;
    }

    /** The roles too close to call, in ranking order, when there is no clear winner; else the winner alone. */
    public List<String> contenders() {
        return contenders;
    }

    /** Whether enough questions are answered to recommend anything. */
    public boolean hasEnoughAnswers() {
        return questions > 0 && answered >= Math.ceil(ENOUGH_ANSWERED * questions);
    }

    public int answered() {
        return answered;
    }

    public int questions() {
        return questions;
    }

    /** The sections, in the bank's order, with a question not answered yet. */
    public List<String> unansweredSections() {
        return unansweredSections;
    }

    public Optional<Sequencing> sequencing() {
        return sequencing;
    }
}
