package app.rolewise.hiring.description.entity;

import java.util.Locale;

/** How a typed fact is kept: trimmed, blank as nothing, codes in capitals, so equal input compares equal. */
final class Typed {

    private Typed() {
    }

    static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    static String code(String typed) {
        String text = text(typed);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
