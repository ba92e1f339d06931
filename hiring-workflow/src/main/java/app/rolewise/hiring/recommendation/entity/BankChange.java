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
 * One difference between two versions of the question bank, such as the weight of one answer towards one
 * role. {@code answer} is null for a change to the question itself; {@code before} or {@code after} is
 * null for something added or removed.
 */
public record BankChange(String question, String answer, String what, String before, String after) {

    public static final String QUESTION = "question";
    public static final String SECTION = "section";
    public static final String ANSWER = "answer";
    public static final String REASON = "reason";
    public static final String SIGNALS = "signals";
    public static final String WEIGHT = "weight ";

    private record Place(String question, String answer, String what) {
    }

    /** What changed from {@code older} to {@code newer}, in the newer bank's order (removals last). */
    public static List<BankChange> between(List<Question> older, List<Question> newer) {
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

    private static Map<Place, String> flatten(List<Question> bank) {
        Map<Place, String> lines = new LinkedHashMap<>();
        for (Question question : bank) {
            lines.put(new Place(question.code(), null, QUESTION), question.text());
            lines.put(new Place(question.code(), null, SECTION), question.section());
            for (Answer answer : question.answers()) {
                lines.put(new Place(question.code(), answer.code(), ANSWER), answer.text());
                lines.put(new Place(question.code(), answer.code(), REASON), answer.reason());
                if (!answer.signals().isEmpty()) {
                    lines.put(new Place(question.code(), answer.code(), SIGNALS),
                            String.join(", ", new TreeSet<>(answer.signals().stream().map(Signal::name).toList())));
                }
                new TreeSet<>(answer.weights().keySet()).forEach(role -> lines.put(
                        new Place(question.code(), answer.code(), WEIGHT + role), String.valueOf(answer.weightFor(role))));
            }
        }
        return lines;
    }

    /** A short line for the audit log, e.g. "goal/reporting weight data-analyst 3 → 4". */
    public String summary() {
        return question + (answer == null ? "" : "/" + answer) + " " + what + " "
                + (before == null ? "added" : after == null ? "removed" : shorten(before) + " → " + shorten(after));
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
