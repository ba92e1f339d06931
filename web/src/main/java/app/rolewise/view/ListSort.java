package app.rolewise.view;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the lists of assessments and job descriptions can be sorted, as their address says it ({@code ?sort=title}):
 * one word each, so that a sorted list is a link. The page names each by {@code list.sort.} and its name.
 */
public enum ListSort {
    NEWEST("newest", "UPDATED", true),
    OLDEST("oldest", "UPDATED", false),
    TITLE("title", "TITLE", false),
    TITLE_DESC("title-desc", "TITLE", true),
    STATE("state", "STATE", false);

    private final String word;
    private final String order;
    private final boolean descending;

    ListSort(String word, String order, boolean descending) {
        this.word = word;
        this.order = order;
        this.descending = descending;
    }

    /** The sort an address names, any case; empty for a word no sort has. */
    public static Optional<ListSort> named(String word) {
        return Arrays.stream(values()).filter(sort -> sort.word.equals(word.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The word in the address. */
    public String getWord() {
        return word;
    }

    /** The boundary's order of the same name (each list's search has its own enum with these constants). */
    public <E extends Enum<E>> E order(Class<E> orders) {
        return Enum.valueOf(orders, order);
    }

    public boolean isDescending() {
        return descending;
    }
}
