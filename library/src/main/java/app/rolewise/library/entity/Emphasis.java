package app.rolewise.library.entity;

/**
 * How much a role relies on a skill: a core skill is a must-have in a job description, a helpful one a
 * nice-to-have.
 */
public enum Emphasis {
    CORE,
    HELPFUL
}
