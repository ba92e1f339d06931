package app.rolewise.library.boundary;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.audit.entity.AuditAction;
import app.rolewise.content.AccessRoles;
import app.rolewise.history.entity.VersionNote;
import app.rolewise.library.control.LibraryDocument;
import app.rolewise.library.control.LibraryImporter;
import app.rolewise.library.control.LibraryJson;
import app.rolewise.library.entity.ImportReport;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.Skill;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The whole library in and out as JSON, for admins: export for backup or review, import to bring a
 * reviewed file back. An import is one transaction: a file with any problem changes nothing.
 */
@Stateless
public class LibraryTransfer {

    @PersistenceContext
    EntityManager em;

    @Inject
    LibraryJson json;

    @Inject
    LibraryImporter importer;

    @Inject
    AuditLog audit;

    @RolesAllowed(AccessRoles.ADMIN)
    public String exportJson() {
        List<LibraryDocument.SkillEntry> skills = em.createNamedQuery(Skill.FIND_ALL, Skill.class).getResultList().stream()
                .map(skill -> new LibraryDocument.SkillEntry(skill.getName(), skill.getKind(), skill.getCategory()))
                .toList();
        List<Role> roles = em.createNamedQuery(Role.FIND_ALL, Role.class).getResultList();
        audit.record(AuditAction.EXPORTED, "library", "all", roles.size() + " roles, " + skills.size() + " skills");
        return json.write(new LibraryDocument(LibraryDocument.FORMAT, skills, roles.stream().map(Role::content).toList()));
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public ImportReport importJson(String text, String fileName) {
        ImportReport report = importer.importDocument(json.read(text), VersionNote.imported(fileName), "Imported from " + fileName);
        audit.record(AuditAction.IMPORTED, "library", fileName, report.toString());
        return report;
    }
}
