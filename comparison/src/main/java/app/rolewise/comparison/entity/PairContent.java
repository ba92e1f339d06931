package app.rolewise.comparison.entity;

import app.rolewise.history.entity.Change;
import app.rolewise.history.entity.ContentKind;
import app.rolewise.library.entity.ContentStatus;
import app.rolewise.library.entity.FaqEntry;
import app.rolewise.library.entity.Misconception;

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

    /** Role pairs in the content history. */
    public static final ContentKind<PairContent> KIND = ContentKind.jsonb("pair", PairContent.class);

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

    /** What changed from this content to the later one, part by part, in reading order. */
    public List<Change<Part>> changesTo(PairContent later) {
        return Change.between(List.of(Part.values()), part -> part.textOf(this), part -> part.textOf(later));
    }
}
