package app.rolewise.history.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Two edits made from the same state of a piece of content (the base), merged field by field: a field only
 * one side changed takes that side's text, a field both changed to the same text takes it, and a field both
 * changed differently is a conflict that a person settles. Fields compare by their text, as in {@link Change},
 * and each is taken whole. "Mine" is the edit being saved, "theirs" the one saved since the base.
 *
 * @param mine      the fields only mine changed, in the order given
 * @param theirs    the fields only theirs changed, in the order given
 * @param conflicts the fields both changed differently, in the order given
 */
public record Merge<F>(List<F> mine, List<F> theirs, List<Conflict<F>> conflicts) implements Serializable {

    public Merge {
        mine = List.copyOf(mine);
        theirs = List.copyOf(theirs);
        conflicts = List.copyOf(conflicts);
    }

    /**
     * One field both sides changed, each to its own text.
     *
     * @param base   its text before either change, or null where it had none
     * @param mine   its text in mine, or null where mine removed it
     * @param theirs its text in theirs, or null where theirs removed it
     */
    public record Conflict<F>(F field, String base, String mine, String theirs) implements Serializable {

        public Conflict {
            Objects.requireNonNull(field, "field");
        }
    }

    /**
     * Classifies every field by who changed it since the base.
     *
     * @param fields every field of the content, in the order they are to be listed
     * @param base   a field's text in the state both edits started from, null where it has none
     * @param mine   a field's text in the edit being saved
     * @param theirs a field's text in the state saved since the base
     */
    public static <F> Merge<F> of(Collection<F> fields, Function<F, String> base, Function<F, String> mine,
                                  Function<F, String> theirs) {
        List<F> onlyMine = new ArrayList<>();
        List<F> onlyTheirs = new ArrayList<>();
        List<Conflict<F>> conflicts = new ArrayList<>();
        for (F field : fields) {
            String was = base.apply(field);
            String mineIs = mine.apply(field);
            String theirsIs = theirs.apply(field);
            boolean mineChanged = !Objects.equals(was, mineIs);
            boolean theirsChanged = !Objects.equals(was, theirsIs);
            if (mineChanged && !theirsChanged) {
                onlyMine.add(field);
            } else if (theirsChanged && !mineChanged) {
                onlyTheirs.add(field);
            } else if (mineChanged && !Objects.equals(mineIs, theirsIs)) {
                conflicts.add(new Conflict<>(field, was, mineIs, theirsIs));
            }
        }
        return new Merge<>(onlyMine, onlyTheirs, conflicts);
    }

    /**
     * Whether the merged content takes the field from mine: where only mine changed it, and where both
     * changed it differently (the person saving sees their own text until they settle it). Every other field
     * reads the same in theirs.
     */
    public boolean takesMine(F field) {
        return mine.contains(field) || conflicts.stream().anyMatch(conflict -> conflict.field().equals(field));
    }

    /** The fields both sides changed differently. */
    public List<F> conflictingFields() {
        return conflicts.stream().map(Conflict::field).toList();
    }

    /** Whether every field could be merged without a person choosing. */
    public boolean clean() {
        return conflicts.isEmpty();
    }
}
