package app.rolewise.hiring.recommendation.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One difference between two versions of the question bank, such as one answer's effect on one need, or a
 * role's coverage of a need in the decision model ({@code question} is then {@link #MODEL} and {@code answer}
 * the role). {@code answer} is null for a change to the question itself; {@code before} or {@code after} is
 * null for something added or removed.
 */
public record BankChange(String question, String answer, String what, String before, String after) {

    public static final String QUESTION = "question";
    public static final String SECTION = "section";
    public static final String ANSWER = "answer";
    public static final String REASON = "reason";
    public static final String EFFECT = "need ";
    public static final String MODEL = "(decision model)";
    public static final String COVERS = "covers ";
    public static final String REQUIRES = "requires ";

    private record Place(String question, String answer, String what) {
    }

    /** What changed from {@code older} to {@code newer}, in the newer bank's order (removals last). */
    public static List<BankChange> between(BankContent older, BankContent newer) {
        Map<Place, String> before = flatten(older);
        Map<Place, String> after = flatten(newer);
        Set<Place> places = new LinkedHashSet<>(after.keySet());
        places.addAll(before.keySet());
        List<BankChange> changes = new ArrayList<>();
        for (Place place : places) {
            String was = before.get(place);
            String is = after.get(place);
            if (!Objects.equals(was, is)) {
                changes.add(new BankChange(place.question(), place.answer(), place.what(), was, is));
            }
        }
        return changes;
    }

    private static Map<Place, String> flatten(BankContent bank) {
        Map<Place, String> lines = new LinkedHashMap<>();
        for (Question question : bank.questions()) {
            lines.put(new Place(question.code(), null, QUESTION), question.text());
            lines.put(new Place(question.code(), null, SECTION), question.section());
            for (Answer answer : question.answers()) {
                lines.put(new Place(question.code(), answer.code(), ANSWER), answer.text());
                lines.put(new Place(question.code(), answer.code(), REASON), answer.reason());
                new TreeSet<>(answer.needs().keySet()).forEach(need -> lines.put(
                        new Place(question.code(), answer.code(), EFFECT + need), String.valueOf(answer.effectOn(need))));
            }
        }
        DecisionModel model = bank.model();
        model.needs().forEach(need -> lines.put(new Place(MODEL, null, EFFECT + need.code()), need.name()));
        new TreeSet<>(model.roles().keySet()).forEach(role -> {
            RoleCoverage coverage = model.coverage(role);
            new TreeSet<>(coverage.covers().keySet()).forEach(need -> lines.put(
                    new Place(MODEL, role, COVERS + need), String.valueOf(coverage.of(need))));
            coverage.requires().forEach(prerequisite -> lines.put(
                    new Place(MODEL, role, REQUIRES + prerequisite.need()), prerequisite.why()));
        });
        return lines;
    }

    /** A short line for the audit log, e.g. "goal/reporting need answers 2 → 3". */
    public String summary() {
        return question + (answer == null ? "" : "/" + answer) + " " + what + " "
                + (before == null ? "added" : after == null ? "removed" : shorten(before) + " → " + shorten(after));
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
