package app.rolewise.hiring.description.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/**
 * The text of one section of a job description, as plain text (see {@link PostingSection} for the format).
 */
@Embeddable
public class Section implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int BODY_MAX = 4000;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private SectionKind kind;

    @Size(max = BODY_MAX, message = "{description.section.size}")
    @Column(name = "body", length = BODY_MAX)
    private String body;

    protected Section() {
        // for JPA
    }

    public Section(SectionKind kind, String body) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.body = clean(body);
    }

    /** Trims, drops trailing spaces per line and unifies line ends, so versions differ only in wording. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::stripTrailing)
                .reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }

    public SectionKind getKind() {
        return kind;
    }

    public String getBody() {
        return body == null ? "" : body;
    }

    public String getHeading() {
        return kind.heading();
    }

    public PostingSection toPosting() {
        return new PostingSection(kind, getBody());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Section that && kind == that.kind && getBody().equals(that.getBody());
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, getBody());
    }
}
