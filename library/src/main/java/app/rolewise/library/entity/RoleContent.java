package app.rolewise.library.entity;

import app.rolewise.history.entity.Change;
import app.rolewise.history.entity.ContentKind;
import app.rolewise.history.entity.Merge;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything that describes a role, as a value: what a version keeps, what two versions are compared by,
 * what two edits of one version merge by, and what the library's JSON export and import carry.
 */
public record RoleContent(
        String slug,
        String name,
        String family,
        ContentStatus status,
        String summary,
        String onetSocCode,
        String isco08Code,
        String primaryFocus,
        String overview,
        List<String> responsibilities,
        List<SkillUse> skills,
        String reportingLine,
        CareerPath careerPath,
        List<String> salaryFactors,
        String outlook,
        List<Misconception> misconceptions,
        List<String> whenToHire,
        List<FaqEntry> faq) implements Serializable {

    /** Roles in the content history. */
    public static final ContentKind<RoleContent> KIND = ContentKind.jsonb("role", RoleContent.class);

    public RoleContent {
        // canonical, so that versions differing only in what the editor adds unseen are the same content
        overview = RichText.sanitize(overview);
        responsibilities = listOrEmpty(responsibilities);
        skills = listOrEmpty(skills);
        careerPath = careerPath == null ? new CareerPath(List.of(), List.of()) : careerPath;
        salaryFactors = listOrEmpty(salaryFactors);
        misconceptions = listOrEmpty(misconceptions);
        whenToHire = listOrEmpty(whenToHire);
        faq = listOrEmpty(faq);
    }

    private static <T> List<T> listOrEmpty(List<T> items) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }

    /** A skill of the catalogue, by name, as the role uses it. */
    public record SkillUse(String name, Emphasis emphasis) implements Serializable {
        @Override
        public String toString() {
            return name + " (" + (emphasis == Emphasis.CORE ? "core" : "helpful") + ")";
        }
    }

    /**
     * Where people come into the role from, and where it leads, in order: one step a line, the step's
     * alternatives (where the path branches) on its line between {@value #OR}, such as
     * {@code Data architect | Data engineering manager}.
     */
    public record CareerPath(List<String> entryPoints, List<String> progression) implements Serializable {

        /** Separates the alternatives of one step. */
        public static final String OR = "|";

        public CareerPath {
            entryPoints = listOrEmpty(entryPoints);
            progression = listOrEmpty(progression);
        }

        /**
         * The steps after the role, each its alternatives (one for a step that does not branch). A step that is
         * only the role itself is left out: the path starts at the role.
         */
        public List<List<String>> nextSteps(String roleName) {
            return progression.stream()
                    .map(step -> Stream.of(step.split(Pattern.quote(OR))).map(String::strip).filter(choice -> !choice.isEmpty()).toList())
                    .filter(choices -> !choices.isEmpty())
                    .filter(choices -> !(choices.size() == 1 && choices.get(0).equalsIgnoreCase(roleName)))
                    .toList();
        }
    }

    /**
     * The dimensions in the order hiring teams read them, each with how to show its value as text. The
     * same order is used by the role page, the version diff and the comparison. A rich-text dimension is
     * compared by its HTML (a word made bold is a change) and shown as the text a reader sees.
     */
    public enum Dimension {
        NAME(RoleContent::name),
        FAMILY(RoleContent::family),
        SUMMARY(RoleContent::summary),
        OCCUPATION_CODES(content -> "O*NET-SOC " + content.onetSocCode() + ", ISCO-08 " + content.isco08Code()),
        PRIMARY_FOCUS(RoleContent::primaryFocus),
        OVERVIEW(RoleContent::overview, true),
        RESPONSIBILITIES(RoleContent::responsibilities),
        SKILLS(RoleContent::skills),
        REPORTING_LINE(RoleContent::reportingLine),
        CAREER_PATH(content -> "From: " + String.join("; ", content.careerPath().entryPoints())
                + "\nThen: " + String.join(" → ", content.careerPath().progression())),
        SALARY_FACTORS(RoleContent::salaryFactors),
        OUTLOOK(RoleContent::outlook),
        MISCONCEPTIONS(RoleContent::misconceptions),
        WHEN_TO_HIRE(RoleContent::whenToHire),
        FAQ(RoleContent::faq);

        private final Function<RoleContent, Object> value;
        /** Whether the value is HTML (see {@link RichText}). */
        private final boolean rich;

        Dimension(Function<RoleContent, Object> value) {
            this(value, false);
        }

        Dimension(Function<RoleContent, Object> value, boolean rich) {
            this.value = value;
            this.rich = rich;
        }

        /** The dimension's value as a reader sees it, "" if it has none. */
        public String textOf(RoleContent content) {
            Object shown = value.apply(content);
            if (shown instanceof List<?> items) {
                return items.stream().map(item -> "• " + item).collect(Collectors.joining("\n"));
            }
            if (shown == null) {
                return "";
            }
            return rich ? RichText.plainText((String) shown) : shown.toString();
        }

        /** Whether the later content differs in this dimension. */
        boolean differs(RoleContent content, RoleContent later) {
            return rich ? !Objects.equals(value.apply(content), value.apply(later)) : !textOf(content).equals(textOf(later));
        }
    }

    /**
     * What changed from this content to the later one, dimension by dimension, in reading order. The texts of
     * a change are equal where only the markup of a rich text changed (formatting or a link).
     */
    public List<Change<Dimension>> changesTo(RoleContent later) {
        return Stream.of(Dimension.values())
                .filter(dimension -> dimension.differs(this, later))
                .map(dimension -> new Change<>(dimension, dimension.textOf(this), dimension.textOf(later)))
                .toList();
    }

    /**
     * An edit merged with the version saved since it was started.
     *
     * @param content theirs with mine's changes over it; where both changed a dimension differently, mine's
     * @param merge   which dimensions mine changed, which theirs did, and where both did differently
     */
    public record Merged(RoleContent content, Merge<Dimension> merge) {
    }

    /**
     * Merges two edits of {@code base} dimension by dimension (see {@link Merge}), each dimension taken whole:
     * {@code mine}, the edit being saved, over {@code theirs}, the version saved since. The slug and status are
     * theirs.
     */
    public static Merged merge(RoleContent base, RoleContent mine, RoleContent theirs) {
        Merge<Dimension> merge = Merge.of(List.of(Dimension.values()), dimension -> dimension.textOf(base),
                dimension -> dimension.textOf(mine), dimension -> dimension.textOf(theirs));
        return new Merged(theirs.taking(dimension -> merge.takesMine(dimension) ? mine : theirs), merge);
    }

    /** This content with one dimension as the other content has it. */
    public RoleContent with(Dimension dimension, RoleContent other) {
        return taking(each -> each == dimension ? other : this);
    }

    /** Content with each dimension as the content given for it has it; the slug and status stay this content's. */
    private RoleContent taking(Function<Dimension, RoleContent> source) {
        RoleContent codes = source.apply(Dimension.OCCUPATION_CODES);
        return new RoleContent(slug, source.apply(Dimension.NAME).name(), source.apply(Dimension.FAMILY).family(), status,
                source.apply(Dimension.SUMMARY).summary(), codes.onetSocCode(), codes.isco08Code(),
                source.apply(Dimension.PRIMARY_FOCUS).primaryFocus(), source.apply(Dimension.OVERVIEW).overview(),
                source.apply(Dimension.RESPONSIBILITIES).responsibilities(), source.apply(Dimension.SKILLS).skills(),
                source.apply(Dimension.REPORTING_LINE).reportingLine(), source.apply(Dimension.CAREER_PATH).careerPath(),
                source.apply(Dimension.SALARY_FACTORS).salaryFactors(), source.apply(Dimension.OUTLOOK).outlook(),
                source.apply(Dimension.MISCONCEPTIONS).misconceptions(), source.apply(Dimension.WHEN_TO_HIRE).whenToHire(),
                source.apply(Dimension.FAQ).faq());
    }
}
