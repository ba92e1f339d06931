package app.rolewise.comparison.entity;

import app.rolewise.library.entity.ContentStatus;
import app.rolewise.library.entity.FaqEntry;
import app.rolewise.library.entity.Misconception;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What admins write about two roles that are often confused, as a value: what a version keeps, what
 * versions are compared by, and what the seed file carries.
 */
public record PairContent(
        List<String> roles,
        ContentStatus status,
        String verdict,
        String overlap,
        List<String> sharedTasks,
        List<Misconception> myths,
        List<String> forOrganizations,
        List<String> forIndividuals,
        List<FaqEntry> faq) {

    public PairContent {
        roles = listOrEmpty(roles);
        sharedTasks = listOrEmpty(sharedTasks);
        myths = listOrEmpty(myths);
        forOrganizations = listOrEmpty(forOrganizations);
        forIndividuals = listOrEmpty(forIndividuals);
        faq = listOrEmpty(faq);
    }

    private static <T> List<T> listOrEmpty(List<T> items) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }

    /** The parts of a pair's content, in reading order. */
    public enum Part {
        VERDICT(PairContent::verdict),
        OVERLAP(PairContent::overlap),
        SHARED_TASKS(PairContent::sharedTasks),
        MYTHS(PairContent::myths),
        FOR_ORGANIZATIONS(PairContent::forOrganizations),
        FOR_INDIVIDUALS(PairContent::forIndividuals),
        FAQ(PairContent::faq);

        private final Function<PairContent, Object> value;

        Part(Function<PairContent, Object> value) {
            this.value = value;
        }

        public String textOf(PairContent content) {
            Object shown = value.apply(content);
            if (shown instanceof List<?> items) {
                return items.stream().map(item -> "• " + item).collect(Collectors.joining("\n"));
            }
            return shown == null ? "" : shown.toString();
        }
    }

    /** One part that differs between two versions. */
    public record Change(Part part, String before, String after) implements java.io.Serializable {
    }

    public List<Change> changesTo(PairContent later) {
        List<Change> changes = new ArrayList<>();
        for (Part part : Part.values()) {
            String before = part.textOf(this);
            String after = part.textOf(later);
            if (!before.equals(after)) {
                changes.add(new Change(part, before, after));
            }
        }
        return changes;
    }
}
