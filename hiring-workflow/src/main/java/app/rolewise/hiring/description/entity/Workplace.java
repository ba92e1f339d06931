package app.rolewise.hiring.description.entity;

/** Where the person works; a remote job is posted as telecommuting in JSON-LD. */
public enum Workplace {
    ON_SITE,
    HYBRID,
    REMOTE
}
