package app.rolewise.history.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import java.util.Objects;
import java.util.function.Function;

/**
 * A kind of versioned content (a role, a role pair, the question bank, a job description) and how its content
 * is kept in a version: the one place that turns content into a version's JSON and back. Declared once per
 * kind as a constant next to the content it keeps.
 *
 * @param name   the kind as stored ({@code subject_kind}), e.g. {@code "role"}
 * @param write  the content as JSON
 * @param read   the content from JSON written by {@code write}, now or in any earlier release
 */
public record ContentKind<C>(String name, Function<C, String> write, Function<String, C> read) {

    public ContentKind {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > ContentVersion.KIND_MAX) {
            throw new IllegalArgumentException("A content kind is 1 to " + ContentVersion.KIND_MAX + " characters: " + name);
        }
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(read, "read");
    }

    /** A kind whose content JSON-B maps as it is (records, lists, maps of strings). */
    public static <C> ContentKind<C> jsonb(String name, Class<C> type) {
        return new ContentKind<>(name, content -> Json.B.toJson(content), json -> Json.B.fromJson(json, type));
    }

    /** A kind with its own JSON (a format kept by name so that older versions stay readable). */
    public static <C> ContentKind<C> of(String name, Function<C, String> write, Function<String, C> read) {
        return new ContentKind<>(name, write, read);
    }

    /** Shared by every kind kept with JSON-B (thread-safe, costly to make), made when the first such kind is used. */
    private static final class Json {
        static final Jsonb B = JsonbBuilder.create(new JsonbConfig().withFormatting(true));
    }
}
