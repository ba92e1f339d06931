package app.rolewise.hiring.recommendation.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Rolewise recommends from a manager's answers, on the question bank's decision model.
 * <p>
 * The answers raise needs. Each need counts once, however many questions touch it: its strength is the
 * strongest answer that raises it, lessened by the strongest answer that shows it is already met, between 0
 * and {@link DecisionModel#FULL}. Every candidate role is then scored by the share of those needs it covers
 * (0 to 100, whatever the number of questions that mention the role), each need weighed by its strength
 * squared so that one pressing need outweighs several mild ones; specialists and generalists are read on one
 * scale.
 * <p>
 * Nothing is recommended on too few answers or when no need is raised. Roles too close to call are a tie,
 * never decided by their names. When the best role requires a need met that is still pressing, with no answer
 * showing it met in part (models need integrated data; model operations need models in production), the role
 * that best covers that need is hired first and is the recommendation, so the advice and the pre-selected choice never disagree. Confidence comes
 * from the lead on the 0 to 100 scale and the share of questions answered. The counterfactuals are the
 * answers that, given otherwise, would change the recommendation.
 */
public final class Recommendation implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The share of the bank's questions answered before anything is recommended. */
    public static final double ENOUGH_ANSWERED = 0.6;
    /** The share answered that a high confidence needs, besides a large lead. */
    static final double WELL_ANSWERED = 0.8;
    /** Roles within this many points of the best are too close to call. */
    public static final int TIE_POINTS = 7;
    /** A lead of this many points, with most questions answered, is a confident recommendation. */
    static final int CONFIDENT_LEAD = 20;
    /** The counterfactuals shown at most. */
    static final int COUNTERFACTUALS = 2;

    /** One answer's effect on one need, e.g. "You have no central data store yet: +3". */
    public record Reason(String questionCode, String sentence, int points) implements Serializable {
    }

    /** A need the answers raised, how strongly (1 to 3), and the answers that raised or lessened it. */
    public record RaisedNeed(Need need, int strength, List<Reason> reasons) implements Serializable {
    }

    /**
     * @param fit     the share of the raised needs this role covers, 0 to 100
     * @param covered the raised needs the role covers, strongest first
     */
    public record RoleScore(String roleSlug, int fit, List<String> covered) implements Serializable {
    }

    /** Hire {@code first} (it meets {@code need}), then {@code next}; {@code why} says what goes wrong otherwise. */
    public record Sequencing(String first, String next, String need, String why) implements Serializable {
    }

    /** Had question {@code questionCode} been answered {@code answerCode}, Rolewise would recommend {@code role}. */
    public record Counterfactual(String questionCode, String answerCode, String role) implements Serializable {
    }

    public enum Confidence {
        HIGH, MEDIUM, LOW
    }

    private final List<RaisedNeed> needs;
    private final List<RoleScore> ranking;
    private final int answered;
    private final int questions;
    private final boolean enough;
    private final List<String> unansweredSections;
    private final List<String> contenders;
    /** The role to hire now, or null; kept as a plain field so the recommendation can be kept with a page. */
    private final String recommended;
    private final Confidence confidence;
    private final Sequencing sequencing;
    private final List<Counterfactual> counterfactuals;
    private final boolean withoutModel;

    private Recommendation(Evaluation evaluation, List<Counterfactual> counterfactuals, boolean withoutModel) {
        this.needs = evaluation.needs;
        this.ranking = evaluation.ranking;
        this.answered = evaluation.answered;
        this.questions = evaluation.questions;
        this.enough = evaluation.enough;
        this.unansweredSections = evaluation.unansweredSections;
        this.contenders = evaluation.contenders;
        this.recommended = evaluation.recommended.orElse(null);
        this.confidence = evaluation.confidence;
        this.sequencing = evaluation.sequencing.orElse(null);
        this.counterfactuals = List.copyOf(counterfactuals);
        this.withoutModel = withoutModel;
    }

    /**
     * Recommends among the candidate roles (by URL name, in the library's order) from the answers given
     * (question code to answer code). Unanswered questions count nothing; an answer code the bank does not
     * know is refused.
     */
    public static Recommendation of(DecisionModel model, List<Question> bank, Map<String, String> answers, Collection<String> candidates) {
        Candidates roles = new Candidates(model, List.copyOf(new LinkedHashSet<>(candidates)));
        Evaluation evaluation = Evaluation.of(model, bank, answers, roles, true);
        return new Recommendation(evaluation, counterfactuals(model, bank, answers, roles, evaluation), model.needs().isEmpty());
    }

    /**
     * The answers that, each on its own, would lead to another recommendation: the ones with the clearest
     * alternative first, one per question.
     */
    private static List<Counterfactual> counterfactuals(DecisionModel model, List<Question> bank, Map<String, String> answers,
                                                        Candidates roles, Evaluation current) {
        if (!current.enough) {
            return List.of();
        }
        record Alternative(Counterfactual counterfactual, int lead) {
        }
        List<Alternative> alternatives = new ArrayList<>();
        for (Question question : bank) {
            String given = answers.get(question.code());
            if (given == null) {
                continue;
            }
            Alternative best = null;
            for (Answer other : question.answers()) {
                if (other.code().equals(given)) {
                    continue;
                }
                Map<String, String> changed = new HashMap<>(answers);
                changed.put(question.code(), other.code());
                Evaluation then = Evaluation.of(model, bank, changed, roles, false);
                if (then.recommended.isPresent() && !then.recommended.equals(current.recommended)
                        && (best == null || then.lead > best.lead)) {
                    best = new Alternative(new Counterfactual(question.code(), other.code(), then.recommended.get()), then.lead);
                }
            }
            if (best != null) {
                alternatives.add(best);
            }
        }
        return alternatives.stream().sorted(Comparator.comparingInt(Alternative::lead).reversed()).limit(COUNTERFACTUALS)
                .map(Alternative::counterfactual).toList();
    }

    /**
     * The candidate roles with what every evaluation of them reads, worked out once: each role's coverage by
     * need index, and for each need the candidates that cover it, best first (equal coverage in the library's
     * order). Counterfactuals evaluate the answers once per alternative answer, so this is what keeps them cheap.
     */
    private static final class Candidates {
        final List<String> roles;
        final Map<String, Integer> needIndex = new HashMap<>();
        final int[][] cover;
        final Map<String, List<String>> coverers = new HashMap<>();

        Candidates(DecisionModel model, List<String> roles) {
            this.roles = roles;
            List<Need> needs = model.needs();
            for (int n = 0; n < needs.size(); n++) {
                needIndex.put(needs.get(n).code(), n);
            }
            cover = new int[roles.size()][needs.size()];
            for (int r = 0; r < roles.size(); r++) {
                RoleCoverage coverage = model.coverage(roles.get(r));
                for (int n = 0; n < needs.size(); n++) {
                    cover[r][n] = coverage.of(needs.get(n).code());
                }
            }
            for (int n = 0; n < needs.size(); n++) {
                int need = n;
                List<Integer> covering = new ArrayList<>();
                for (int r = 0; r < roles.size(); r++) {
                    if (cover[r][need] > 0) {
                        covering.add(r);
                    }
                }
                covering.sort(Comparator.comparingInt((Integer r) -> cover[r][need]).reversed());
                coverers.put(needs.get(n).code(), covering.stream().map(roles::get).toList());
            }
        }
    }

    /** One evaluation of a set of answers, without counterfactuals. */
    private static final class Evaluation {
        List<RaisedNeed> needs;
        List<RoleScore> ranking;
        int answered;
        int questions;
        List<String> unansweredSections;
        boolean enough;
        List<String> contenders = List.of();
        Optional<String> recommended = Optional.empty();
        Confidence confidence = Confidence.LOW;
        Optional<Sequencing> sequencing = Optional.empty();
        int lead;

        /** @param full with the whole ranking (the page's); without it, only what decides the recommendation */
        static Evaluation of(DecisionModel model, List<Question> bank, Map<String, String> answers, Candidates candidates, boolean full) {
            List<String> roles = candidates.roles;
            Evaluation evaluation = new Evaluation();
            Map<String, Integer> raised = new HashMap<>();
            Map<String, Integer> lessened = new HashMap<>();
            Map<String, List<Reason>> reasons = new LinkedHashMap<>();
            Set<String> unansweredSections = new LinkedHashSet<>();
            for (Question question : bank) {
                String given = answers.get(question.code());
                if (given == null) {
                    unansweredSections.add(question.section());
                    continue;
                }
                evaluation.answered++;
                Answer answer = question.answer(given).orElseThrow(() ->
                        new IllegalArgumentException("Question " + question.code() + " has no answer " + given));
                answer.needs().forEach((need, points) -> {
                    if (points > 0) {
                        raised.merge(need, points, Math::max);
                    } else if (points < 0) {
                        lessened.merge(need, points, Math::min);
                    }
                    if (full) {
                        reasons.computeIfAbsent(need, code -> new ArrayList<>()).add(new Reason(question.code(), answer.reason(), points));
                    }
                });
            }
            evaluation.questions = bank.size();
            evaluation.unansweredSections = List.copyOf(unansweredSections);

            Map<String, Integer> strength = new HashMap<>();
            for (Need need : model.needs()) {
                int value = Math.max(0, Math.min(DecisionModel.FULL,
                        raised.getOrDefault(need.code(), 0) + lessened.getOrDefault(need.code(), 0)));
                if (value > 0) {
                    strength.put(need.code(), value);
                }
            }
            evaluation.needs = !full ? List.of() : model.needs().stream().filter(need -> strength.containsKey(need.code()))
                    .sorted(Comparator.comparingInt((Need need) -> strength.get(need.code())).reversed())
                    .map(need -> new RaisedNeed(need, strength.get(need.code()), List.copyOf(reasons.get(need.code()))))
                    .toList();
            // a pressing need outweighs several mild ones: each need counts by its strength squared
            int total = strength.values().stream().mapToInt(value -> value * value).sum();

            int[] raisedIndex = new int[strength.size()];
            int[] weight = new int[strength.size()];
            int k = 0;
            for (Map.Entry<String, Integer> need : strength.entrySet()) {
                raisedIndex[k] = candidates.needIndex.get(need.getKey());
                weight[k++] = need.getValue() * need.getValue();
            }
            double[] fits = new double[roles.size()];
            int best = -1;
            int runnerUp = -1;
            for (int i = 0; i < roles.size(); i++) {
                int[] cover = candidates.cover[i];
                int covered = 0;
                for (int j = 0; j < raisedIndex.length; j++) {
                    covered += weight[j] * cover[raisedIndex[j]];
                }
                fits[i] = total == 0 ? 0 : (double) covered / (DecisionModel.FULL * total);
                // strictly better only: equal fits stay in the library's order, never decided by name
                if (best < 0 || fits[i] > fits[best]) {
                    runnerUp = best;
                    best = i;
                } else if (runnerUp < 0 || fits[i] > fits[runnerUp]) {
                    runnerUp = i;
                }
            }
            evaluation.ranking = full ? ranking(roles, fits, model, evaluation.needs) : List.of();

            evaluation.enough = evaluation.questions > 0 && evaluation.answered >= Math.ceil(ENOUGH_ANSWERED * evaluation.questions);
            if (!evaluation.enough || total == 0 || best < 0 || fits[best] <= 0) {
                return evaluation;
            }
            double top = fits[best];
            List<Integer> closeOnes = new ArrayList<>();
            for (int i = 0; i < roles.size(); i++) {
                if (100 * (top - fits[i]) < TIE_POINTS) {
                    closeOnes.add(i);
                }
            }
            if (full) {
                closeOnes.sort(Comparator.comparingDouble((Integer i) -> fits[i]).reversed());
            }
            List<String> close = closeOnes.stream().map(roles::get).toList();
            double second = runnerUp < 0 ? 0 : fits[runnerUp];
            evaluation.lead = (int) Math.round(100 * (top - second));
            evaluation.contenders = close;

            // each contender, or the role it must wait for; one answer for all of them is a recommendation
            // a prerequisite is missing while its need is pressing and no answer shows it met in part
            Set<String> missing = new HashSet<>();
            strength.forEach((need, value) -> {
                if (value >= DecisionModel.PRESSING && !lessened.containsKey(need)) {
                    missing.add(need);
                }
            });
            Set<String> firstHires = new HashSet<>();
            Optional<Sequencing> firstOrder = Optional.empty();
            for (String role : close) {
                Optional<Sequencing> order = sequencing(model, missing, candidates.coverers, role);
                firstHires.add(order.map(Sequencing::first).orElse(role));
                if (firstHires.size() > 1) {
                    return evaluation;
                }
                if (firstOrder.isEmpty()) {
                    firstOrder = order;
                }
            }
            evaluation.recommended = Optional.of(firstHires.iterator().next());
            evaluation.sequencing = firstOrder;
            boolean confident = close.size() == 1 && evaluation.lead >= CONFIDENT_LEAD
                    && evaluation.answered >= WELL_ANSWERED * evaluation.questions;
            evaluation.confidence = confident ? Confidence.HIGH : Confidence.MEDIUM;
            return evaluation;
        }

        /** Every role by fit, best first; equal fits in the library's order. */
        private static List<RoleScore> ranking(List<String> roles, double[] fits, DecisionModel model, List<RaisedNeed> needs) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < roles.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingDouble((Integer i) -> fits[i]).reversed());
            return order.stream().map(i -> {
                RoleCoverage coverage = model.coverage(roles.get(i));
                return new RoleScore(roles.get(i), (int) Math.round(100 * fits[i]), needs.stream()
                        .map(need -> need.need().code()).filter(need -> coverage.of(need) > 0).toList());
            }).toList();
        }

        /**
         * The order for a role whose prerequisite is still pressing: the candidate that best covers it first
         * (followed down when that one must wait too), then the role.
         */
        private static Optional<Sequencing> sequencing(DecisionModel model, Set<String> missingNeeds,
                                                       Map<String, List<String>> coverers, String role) {
            Optional<Sequencing> order = Optional.empty();
            String waiting = role;
            Set<String> seen = new HashSet<>(List.of(role));
            while (true) {
                Optional<Prerequisite> missing = model.coverage(waiting).requires().stream()
                        .filter(prerequisite -> missingNeeds.contains(prerequisite.need())).findFirst();
                if (missing.isEmpty()) {
                    return order;
                }
                String need = missing.get().need();
                Optional<String> meets = coverers.getOrDefault(need, List.of()).stream().filter(candidate -> !seen.contains(candidate)).findFirst();
                if (meets.isEmpty()) {
                    return order;
                }
                order = Optional.of(new Sequencing(meets.get(), role, need, missing.get().why()));
                seen.add(meets.get());
                waiting = meets.get();
            }
        }
    }

    /** The raised needs, strongest first, each with the answers behind it. */
    public List<RaisedNeed> needs() {
        return needs;
    }

    /** Every candidate role by fit, best first. */
    public List<RoleScore> ranking() {
        return ranking;
    }

    /**
     * The role to hire now: the first of a sequence, else the clear winner; empty on too few answers, when no
     * need is raised, or when the leaders are too close to call.
     */
    public Optional<String> recommended() {
        return Optional.ofNullable(recommended);
    }

    public Confidence confidence() {
        return confidence;
    }

    /** True when one role (or one first hire for all the leaders) comes out of the answers. */
    public boolean hasClearWinner() {
        return recommended != null;
    }

    /** The roles within {@link #TIE_POINTS} of the best, in ranking order; empty before enough is answered. */
    public List<String> contenders() {
        return contenders;
    }

    /** Whether enough questions are answered to recommend anything. */
    public boolean hasEnoughAnswers() {
        return enough;
    }

    /**
     * Whether the question bank version has no decision model (a version saved before there was one): its
     * answers cannot be read as needs, and only what was recorded with the choice tells the outcome.
     */
    public boolean madeWithoutModel() {
        return withoutModel;
    }

    /** Whether the answers raise any need at all. */
    public boolean raisesNeeds() {
        return !needs.isEmpty();
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
        return Optional.ofNullable(sequencing);
    }

    /** At most two answers that, given otherwise, would change the recommendation. */
    public List<Counterfactual> counterfactuals() {
        return counterfactuals;
    }
}
