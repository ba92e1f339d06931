package app.rolewise.library.control;

import app.rolewise.library.entity.RoleContent;
import app.rolewise.library.entity.SkillKind;

import java.util.List;

/**
 * The whole library as one JSON document: the skill catalogue and every role. The export writes it, the
 * import reads it, and the seed library that ships with Rolewise is one.
 */
public record LibraryDocument(String format, List<SkillEntry> skills, List<RoleContent> roles) {

    public static final String FORMAT = "rolewise-library/1";

    public LibraryDocument {
        skills = skills == null ? List.of() : skills;
        roles = roles == null ? List.of() : roles;
    }

    /** A skill of the catalogue. */
    public record SkillEntry(String name, SkillKind kind, String category) {
    }
}
