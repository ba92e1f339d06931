package app.rolewise.hiring.description.entity;

import app.rolewise.history.entity.Change;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
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
        SALARY(content -> content.facts().salary()),
        TERMS(content -> content.facts().terms());

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

    /**
     * An edit made on {@code base} applied onto {@code theirs}, a revision someone saved meanwhile, part by part:
     * a part only one of the two changed takes that change; a part both changed alike is kept; a part both
     * changed differently is a conflict, which keeps their text. The facts move as one (a city belongs to its
     * country), and so does the title.
     *
     * @param content    the merged text, complete only when there is no conflict
     * @param conflicts  the parts both changed differently, in reading order
     * @param fromTheirs the parts taken from the meanwhile revision
     */
    public record Merge(DescriptionContent content, List<Part> conflicts, List<Part> fromTheirs) {

        public Merge {
            conflicts = List.copyOf(conflicts);
            fromTheirs = List.copyOf(fromTheirs);
        }
    }

    public static Merge merge(DescriptionContent base, DescriptionContent mine, DescriptionContent theirs) {
        List<Part> conflicts = new ArrayList<>();
        List<Part> fromTheirs = new ArrayList<>();
        String title = pick(base.title(), mine.title(), theirs.title(), List.of(Fact.TITLE), conflicts, fromTheirs);
        List<Part> factParts = Arrays.stream(Fact.values()).filter(fact -> fact != Fact.TITLE)
                .filter(fact -> !fact.textOf(mine).equals(fact.textOf(theirs))).map(Part.class::cast).toList();
        PostingFacts facts = pick(base.facts(), mine.facts(), theirs.facts(), factParts, conflicts, fromTheirs);
        EnumMap<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
        for (SectionKind kind : SectionKind.values()) {
            sections.put(kind, pick(base.section(kind), mine.section(kind), theirs.section(kind), List.of(kind), conflicts, fromTheirs));
        }
        return new Merge(new DescriptionContent(title, facts, sections), conflicts, fromTheirs);
    }

    private static <T> T pick(T base, T mine, T theirs, List<Part> parts, List<Part> conflicts, List<Part> fromTheirs) {
        if (Objects.equals(mine, theirs) || Objects.equals(theirs, base)) {
            return mine;
        }
        if (Objects.equals(mine, base)) {
            fromTheirs.addAll(parts);
        } else {
            conflicts.addAll(parts);
        }
        return theirs;
    }

    /** Sections as a plain map for views that look them up by name. */
    public Map<SectionKind, String> sections() {
        return new EnumMap<>(sections);
    }
}
