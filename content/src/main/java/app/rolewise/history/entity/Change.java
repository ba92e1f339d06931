package app.rolewise.history.entity;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One field of a piece of content that differs between two states of it, with both texts: what a history
 * shows between two versions, and a stale save between the saved content and the form. Every kind of content
 * names its own fields (a role's dimension, a pair's part, a place in the question bank) and how to read
 * each as text; the diff is this one.
 *
 * @param field  which part of the content; serializable, as view-scoped pages keep changes
 * @param before its text in the earlier state, or null where the field was added
 * @param after  its text in the later state, or null where the field was removed
 */
public record Change<F>(F field, String before, String after) implements Serializable {

    public Change {
        Objects.requireNonNull(field, "field");
        if (before == null && after == null) {
            throw new IllegalArgumentException("A change has a text before or after: " + field);
        }
    }

    /**
     * The fields whose text differs, in the order given; a field one side cannot read (null) is added or
     * removed.
     *
     * @param fields every field of either state, in the order the changes are to be listed
     * @param before a field's text in the earlier state, null where it has none
     * @param after  a field's text in the later state, null where it has none
     */
    public static <F> List<Change<F>> between(Collection<F> fields, Function<F, String> before, Function<F, String> after) {
        List<Change<F>> changes = new ArrayList<>();
        for (F field : fields) {
            String was = before.apply(field);
            String is = after.apply(field);
            if (!Objects.equals(was, is)) {
                changes.add(new Change<>(field, was, is));
            }
        }
        return changes;
    }

    /** The earlier text in pieces, each marked whether it is gone from the later text (word by word). */
    public List<Piece> beforePieces() {
        return Piece.of(before, after, true);
    }

    /** The later text in pieces, each marked whether it is new since the earlier text (word by word). */
    public List<Piece> afterPieces() {
        return Piece.of(before, after, false);
    }

    /**
     * A run of words, spaces and punctuation that is the same on both sides, or differs ({@code changed}): a
     * reviewer sees the words that changed inside a paragraph, not the whole paragraph painted as new.
     */
    public record Piece(String text, boolean changed) implements Serializable {

        /** Words (letters, digits, apostrophes), runs of white space, and each other sign alone. */
        private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'’]+|\\s+|[^\\p{L}\\p{N}\\s]");

        static List<Piece> of(String before, String after, boolean earlierSide) {
            String side = earlierSide ? before : after;
            if (side == null) {
                return List.of();
            }
            List<String> own = tokens(side);
            if ((earlierSide ? after : before) == null) {
                return List.of(new Piece(side, true));
            }
            List<String> was = earlierSide ? own : tokens(before);
            List<String> is = earlierSide ? tokens(after) : own;
            boolean[] changed = new boolean[own.size()];
            for (AbstractDelta<String> delta : DiffUtils.diff(was, is).getDeltas()) {
                Chunk<String> chunk = earlierSide ? delta.getSource() : delta.getTarget();
                for (int at = chunk.getPosition(); at < chunk.getPosition() + chunk.size(); at++) {
                    changed[at] = true;
                }
            }
            // a space between two changed words belongs to the change: "a new text" reads as one run, not three
            for (int at = 1; at + 1 < own.size(); at++) {
                if (!changed[at] && changed[at - 1] && changed[at + 1] && own.get(at).isBlank()) {
                    changed[at] = true;
                }
            }
            List<Piece> pieces = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            for (int at = 0; at < own.size(); at++) {
                if (at > 0 && changed[at] != changed[at - 1]) {
                    pieces.add(new Piece(run.toString(), changed[at - 1]));
                    run.setLength(0);
                }
                run.append(own.get(at));
            }
            if (!run.isEmpty()) {
                pieces.add(new Piece(run.toString(), changed[own.size() - 1]));
            }
            return pieces;
        }

        private static List<String> tokens(String text) {
            return TOKEN.matcher(text).results().map(MatchResult::group).toList();
        }
    }

    /** Whether the field is new in the later state. */
    public boolean added() {
        return before == null;
    }

    /** Whether the later state no longer has the field. */
    public boolean removed() {
        return after == null;
    }
}
