package app.rolewise.content;

import java.util.Locale;

/**
 * Text a list is searched for anywhere in a column, any case, as a pattern for {@code lower(column) like :text
 * escape '\'}: the searcher's % and _ are matched as themselves, not as wildcards.
 */
public final class SearchText {

    /** The escape character the pattern uses; the query names it with {@code escape '\'}. */
    public static final String LIKE_ESCAPE = "escape '\\'";

    private SearchText() {
    }

    /** True when there is something to search for: neither null nor only spaces. */
    public static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    /** The pattern that finds {@code text} anywhere, in lower case. */
    public static String containing(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** Whether {@code value} contains {@code text}, any case: the same test as the pattern, for values held in memory. */
    public static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
