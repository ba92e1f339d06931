package app.rolewise.hiring.description.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A job description as it is exported: everything Markdown, PDF and JSON-LD need, and nothing of the
 * workflow around it.
 *
 * @param salary       null when the manager gave no range
 * @param city         null for a remote job
 * @param countryCode  ISO 3166-1 alpha-2, e.g. "DE"
 * @param onetSocCode  e.g. "15-1243.00"; null when the role has none
 * @param isco08Code   e.g. "2521"; null when the role has none
 */
public record Posting(String title, String organisation, Workplace workplace, String city, String countryCode,
                      SalaryRange salary, LocalDate datePosted, String onetSocCode, String isco08Code,
                      List<PostingSection> sections) {

    public Posting {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(datePosted, "datePosted");
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** Only sections with text are published. */
    public List<PostingSection> filledSections() {
        return sections.stream().filter(section -> !section.body().isEmpty()).toList();
    }
}
