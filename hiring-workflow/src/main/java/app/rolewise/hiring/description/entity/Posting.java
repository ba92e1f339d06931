package app.rolewise.hiring.description.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A job description as it is exported: everything Markdown, PDF and JSON-LD need, and nothing of the
 * workflow around it.
 *
 * @param onetSocCode  e.g. "15-1243.00"; null when the role has none
 * @param isco08Code   e.g. "2521"; null when the role has none
 * @param standing     which revision this is and whether HR approved it: an export of an unapproved one says so
 */
public record Posting(String title, PostingFacts facts, LocalDate datePosted, String onetSocCode, String isco08Code,
                      List<PostingSection> sections, Standing standing) {

    public Posting {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(datePosted, "datePosted");
        Objects.requireNonNull(standing, "standing");
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** A revision of the text and whether it is the one HR approved. */
    public record Standing(int revision, boolean approved) {

        public Standing {
            if (revision < 1) {
                throw new IllegalArgumentException("A revision is numbered from 1: " + revision);
            }
        }

        public static Standing approved(int revision) {
            return new Standing(revision, true);
        }

        public static Standing draft(int revision) {
            return new Standing(revision, false);
        }
    }

    /** Only sections with text are published. */
    public List<PostingSection> filledSections() {
        return sections.stream().filter(section -> !section.body().isEmpty()).toList();
    }
}
