package app.rolewise.library.entity;

/** What an import of a library file did: the skills it added and the roles it added, changed and left as they were. */
public record ImportReport(int skillsAdded, int rolesAdded, int rolesChanged, int rolesUnchanged) {
}
