package app.rolewise.library.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything that describes a role, as a value: what a version keeps, what two versions are compared by,
 * and what the library's JSON export and import carry.
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
        List<FaqEntry> faq) {

    public RoleContent {
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
    public record SkillUse(String name, Emphasis emphasis) {
        @Override
        public String toString() {
            return name + " (" + (emphasis == Emphasis.CORE ? "core" : "helpful") + ")";
        }
    }

    /** Where people come into the role from, and where it leads, in order. */
    public record CareerPath(List<String> entryPoints, List<String> progression) {
        public CareerPath {
            entryPoints = listOrEmpty(entryPoints);
            progression = listOrEmpty(progression);
        }
    }

    /**
     * The dimensions in the order hiring teams read them, each with how to show its value as text. The
     * same order is used by the role page, the version diff and the comparison.
     */
    public enum Dimension {
        NAME(RoleContent::name),
        FAMILY(RoleContent::family),
        SUMMARY(RoleContent::summary),
        OCCUPATION_CODES(content -> "O*NET-SOC " + content.onetSocCode() + ", ISCO-08 " + content.isco08Code()),
        PRIMARY_FOCUS(RoleContent::primaryFocus),
        OVERVIEW(RoleContent::overview),
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

        Dimension(Function<RoleContent, Object> value) {
            this.value = value;
        }

        public String textOf(RoleContent content) {
            Object shown = value.apply(content);
            if (shown instanceof List<?> items) {
                return items.stream().map(item -> "• " + item).collect(Collectors.joining("\n"));
            }
            return shown == null ? "" : shown.toString();
        }
    }

    /** One dimension that differs between two versions, with both texts. */
    public record Change(Dimension dimension, String before, String after) {
    }

    /** What changed from this content to the later one, dimension by dimension, in reading order. */
    public List<Change> changesTo(RoleContent later) {
        List<Change> changes = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            String before = dimension.textOf(this);
            String after = dimension.textOf(later);
            if (!before.equals(after)) {
                changes.add(new Change(dimension, before, after));
            }
        }
        return changes;
    }
}
