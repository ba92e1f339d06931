package app.rolewise.hiring.description.entity;

import app.rolewise.history.entity.Change;

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
public record DescriptionContent(String title, PostingFacts facts, Map<SectionKind, String> sections) implements Serializable {

    public DescriptionContent {
        title = title == null ? null : title.strip();
        Objects.requireNonNull(facts, "facts");
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
        return new DescriptionContent(title, facts, changed);
    }

    /**
     * What two revisions are compared by: a fact or a section. A section is named by its published heading,
     * a fact by the page's words for it.
     */
    public sealed interface Part permits Fact, SectionKind {

        /** The part's text in a content; empty where it has none, so that no part is ever added or removed. */
        String textOf(DescriptionContent content);

        /** Whether the part is a fact rather than a section (for pages, which cannot ask for the type). */
        default boolean isFact() {
            return this instanceof Fact;
        }
    }

    /** The facts of a description besides its sections, in the order the editor shows them. */
    public enum Fact implements Part {
        TITLE(DescriptionContent::title),
        ORGANISATION(content -> content.facts().organisation()),
        WORKPLACE(content -> content.facts().workplace()),
        CITY(content -> content.facts().location().city()),
        COUNTRY(content -> content.facts().location().countryCode()),
        SALARY(content -> content.facts().salary());

        private final Function<DescriptionContent, Object> value;

        Fact(Function<DescriptionContent, Object> value) {
            this.value = value;
        }

        @Override
        public String textOf(DescriptionContent content) {
            return Objects.toString(value.apply(content), "");
        }
    }

    /** What changed from this revision to the later one: the facts first, then the sections, in reading order. */
    public List<Change<Part>> changesTo(DescriptionContent later) {
        List<Part> parts = new ArrayList<>(List.of(Fact.values()));
        parts.addAll(List.of(SectionKind.values()));
        return Change.between(parts, part -> part.textOf(this), part -> part.textOf(later));
    }

    /** Sections as a plain map for views that look them up by name. */
    public Map<SectionKind, String> sections() {
        return new EnumMap<>(sections);
    }
}
