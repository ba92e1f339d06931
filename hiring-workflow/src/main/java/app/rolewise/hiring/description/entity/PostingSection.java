package app.rolewise.hiring.description.entity;

import java.util.Objects;

/**
 * One section of a posting as it is published. The body is plain text: paragraphs separated by a blank
 * line, and lines starting with "- " form a bulleted list. Plain text keeps every export safe to render.
 */
public record PostingSection(SectionKind kind, String body) {

    public PostingSection {
        Objects.requireNonNull(kind, "kind");
        body = body == null ? "" : body.strip();
    }

    public String heading() {
        return kind.heading();
    }
}
