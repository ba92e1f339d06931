package app.rolewise.library.entity;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the library stores free text: Unicode-normalised, without control characters or invisible
 * zero-width ones, trimmed; blank becomes null so that "required" rules see it as missing.
 */
public final class Text {

    /**
     * Zero-width space, word joiner and byte order mark: editors and pastes leave them where nobody typed
     * anything (the rich-text editor's cursor is one). The joiners that shape scripts and emoji (U+200C,
     * U+200D) and the direction marks change what is shown, and stay.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF]");

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private Text() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String normalised = normalise(text).strip();
        return normalised.isEmpty() ? null : normalised;
    }

    /** NFC, without control characters (but line breaks and tabs) and without invisible ones; not trimmed. */
    static String normalise(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return INVISIBLE.matcher(CONTROL.matcher(composed).replaceAll("")).replaceAll("");
    }

    /** Cleans every item and drops the empty ones: an empty line in a list is not an item. */
    public static List<String> cleanItems(List<String> items) {
        if (items == null) {
            return List.of();
        }
        return items.stream().map(Text::clean).filter(Objects::nonNull).toList();
    }
}
