package app.rolewise.hiring.description.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything the manager edits in a job description, detached from the entity: what the editor works on,
 * what a revision stores, and what two revisions are compared by.
 */
public record DescriptionContent(String title, String organisation, Workplace workplace, String city,
                                 String countryCode, Integer salaryMinimum, Integer salaryMaximum,
                                 String salaryCurrency, Map<SectionKind, String> sections) implements Serializable {

    public DescriptionContent {
        EnumMap<SectionKind, String> all = new EnumMap<>(SectionKind.class);
        for (SectionKind kind : SectionKind.values()) {
            all.put(kind, Section.clean(sections == null ? null : sections.get(kind)));
        }
        sections = all;
    }

    public String section(SectionKind kind) {
        return sections.get(kind);
    }

    /** A copy with one section's text replaced. */
    public DescriptionContent withSection(SectionKind kind, String body) {
        EnumMap<SectionKind, String> changed = new EnumMap<>(sections);
        changed.put(Objects.requireNonNull(kind), body);
        return new DescriptionContent(title, organisation, workplace, city, countryCode, salaryMinimum,
                salaryMaximum, salaryCurrency, changed);
    }

    /** A fact or section that differs between two revisions, with both texts, in reading order. */
    public record Change(String label, String before, String after) implements Serializable {
    }

    public List<Change> changesTo(DescriptionContent later) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "Title", later, DescriptionContent::title);
        compare(changes, "Organisation", later, DescriptionContent::organisation);
        compare(changes, "Workplace", later, content -> content.workplace() == null ? "" : content.workplace().name());
        compare(changes, "City", later, DescriptionContent::city);
        compare(changes, "Country", later, DescriptionContent::countryCode);
        compare(changes, "Salary", later, DescriptionContent::salaryText);
        for (SectionKind kind : SectionKind.values()) {
            compare(changes, kind.heading(), later, content -> content.section(kind));
        }
        return changes;
    }

    private void compare(List<Change> changes, String label, DescriptionContent later,
                         Function<DescriptionContent, String> value) {
        String before = Objects.toString(value.apply(this), "");
        String after = Objects.toString(value.apply(later), "");
        if (!before.equals(after)) {
            changes.add(new Change(label, before, after));
        }
    }

    private String salaryText() {
        if (salaryMinimum == null && salaryMaximum == null) {
            return "";
        }
        return Objects.toString(salaryCurrency, "") + " " + Objects.toString(salaryMinimum, "") + "–"
                + Objects.toString(salaryMaximum, "");
    }

    /** Sections as a plain map for views that look them up by name. */
    public Map<SectionKind, String> sections() {
        return new EnumMap<>(sections);
    }
}
