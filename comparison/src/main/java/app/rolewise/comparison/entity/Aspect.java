package app.rolewise.comparison.entity;

import app.rolewise.library.entity.FaqEntry;
import app.rolewise.library.entity.Misconception;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSkill;
import app.rolewise.library.entity.SkillKind;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A row of the comparison table, in the order hiring teams read roles side by side: first the seed's
 * table (primary focus to career path), then the rest of each role's description.
 */
public enum Aspect {
    PRIMARY_FOCUS(role -> single(role.getPrimaryFocus())),
    RESPONSIBILITIES(Role::getResponsibilities),
    HARD_SKILLS(role -> skillNames(role, SkillKind.HARD)),
    SOFT_SKILLS(role -> skillNames(role, SkillKind.SOFT)),
    REPORTING_LINE(role -> single(role.getReportingLine())),
    CAREER_PATH(role -> Stream.concat(
            role.getEntryPoints().stream().map(entry -> "From " + entry),
            role.getNextSteps().stream().map(step -> "→ " + String.join(" / ", step))).toList()),
    SALARY_FACTORS(Role::getSalaryFactors),
    OUTLOOK(role -> single(role.getOutlook())),
    WHEN_TO_HIRE(Role::getWhenToHire),
    MISCONCEPTIONS(role -> role.getMisconceptions().stream().map(Misconception::getMyth).toList()),
    FAQ(role -> role.getFaq().stream().map(FaqEntry::getQuestion).toList());

    private final Function<Role, List<String>> items;

    Aspect(Function<Role, List<String>> items) {
        this.items = items;
    }

    /** The role's items for this aspect; a missing dimension is an empty list, never an error. */
    public List<String> itemsOf(Role role) {
        List<String> found = items.apply(role);
        return found == null ? List.of() : found.stream().filter(item -> item != null && !item.isBlank()).toList();
    }

    public boolean isSkills() {
        return this == HARD_SKILLS || this == SOFT_SKILLS;
    }

    private static List<String> single(String text) {
        return text == null ? List.of() : List.of(text);
    }

    private static List<String> skillNames(Role role, SkillKind kind) {
        return role.getSkills().stream()
                .filter(use -> use.getSkill().getKind() == kind)
                .sorted((a, b) -> a.getEmphasis().compareTo(b.getEmphasis()))
                .map(RoleSkill::getSkill)
                .map(skill -> skill.getName())
                .toList();
    }
}
