package app.rolewise.hiring.description.entity;

/** The kind of contract offered, named as schema.org's {@code employmentType} values are. */
public enum EmploymentType {
    FULL_TIME,
    PART_TIME,
    CONTRACTOR,
    TEMPORARY,
    INTERN
}
