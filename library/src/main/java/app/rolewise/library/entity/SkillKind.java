package app.rolewise.library.entity;

/**
 * Hard skills are technical and testable; soft skills are how someone works with others.
 */
public enum SkillKind {
    HARD,
    SOFT
}
