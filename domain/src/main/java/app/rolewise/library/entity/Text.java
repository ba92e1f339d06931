package app.rolewise.library.entity;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/**
 * How the library stores free text: Unicode-normalised, without control characters, trimmed; blank
 * becomes null so that "required" rules see it as missing.
 */
public final class Text {

    private Text() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "")
                .strip();
        return normalised.isEmpty() ? null : normalised;
    }

    /** Cleans every item and drops the empty ones: an empty line in a list is not an item. */
    public static List<String> cleanItems(List<String> items) {
        if (items == null) {
            return List.of();
        }
        return items.stream().map(Text::clean).filter(Objects::nonNull).toList();
    }
}
