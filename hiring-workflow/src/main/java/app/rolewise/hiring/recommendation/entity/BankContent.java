package app.rolewise.hiring.recommendation.entity;

import app.rolewise.history.entity.Change;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * One thing a bank says, such as one answer's effect on one need, or a role's coverage of a need in the
     * decision model ({@code question} is then {@link #MODEL} and {@code answer} the role). {@code answer} is
     * null for the question itself.
     */
    public record Place(String question, String answer, String what) implements Serializable {

        public static final String QUESTION = "question";
        public static final String SECTION = "section";
        public static final String ANSWER = "answer";
        public static final String REASON = "reason";
        public static final String EFFECT = "need ";
        public static final String MODEL = "(decision model)";
        public static final String COVERS = "covers ";
        public static final String REQUIRES = "requires ";

        /** A short line for the audit log, e.g. "goal/reporting need answers 2 → 3". */
        public static String summary(Change<Place> change) {
            Place place = change.field();
            return place.question() + (place.answer() == null ? "" : "/" + place.answer()) + " " + place.what() + " "
                    + (change.added() ? "added" : change.removed() ? "removed"
                    : shorten(change.before()) + " → " + shorten(change.after()));
        }

        private static String shorten(String text) {
            return text.length() <= 40 ? text : text.substring(0, 39) + "…";
        }
    }

    /** What changed from this bank to the later one, in the later bank's order (removals last). */
    public List<Change<Place>> changesTo(BankContent later) {
        Map<Place, String> before = textByPlace();
        Map<Place, String> after = later.textByPlace();
        Set<Place> places = new LinkedHashSet<>(after.keySet());
        places.addAll(before.keySet());
        return Change.between(places, before::get, after::get);
    }

    private Map<Place, String> textByPlace() {
        Map<Place, String> lines = new LinkedHashMap<>();
        for (Question question : questions) {
            lines.put(new Place(question.code(), null, Place.QUESTION), question.text());
            lines.put(new Place(question.code(), null, Place.SECTION), question.section());
            for (Answer answer : question.answers()) {
                lines.put(new Place(question.code(), answer.code(), Place.ANSWER), answer.text());
                lines.put(new Place(question.code(), answer.code(), Place.REASON), answer.reason());
                new TreeSet<>(answer.needs().keySet()).forEach(need -> lines.put(
                        new Place(question.code(), answer.code(), Place.EFFECT + need), String.valueOf(answer.effectOn(need))));
            }
        }
        model.needs().forEach(need -> lines.put(new Place(Place.MODEL, null, Place.EFFECT + need.code()), need.name()));
        new TreeSet<>(model.roles().keySet()).forEach(role -> {
            RoleCoverage coverage = model.coverage(role);
            new TreeSet<>(coverage.covers().keySet()).forEach(need -> lines.put(
                    new Place(Place.MODEL, role, Place.COVERS + need), String.valueOf(coverage.of(need))));
            coverage.requires().forEach(prerequisite -> lines.put(
                    new Place(Place.MODEL, role, Place.REQUIRES + prerequisite.need()), prerequisite.why()));
        });
        return lines;
    }
}
