package app.rolewise.library.control;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.library.entity.Publishable;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleContent;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.library.entity.ContentStatus;
import app.rolewise.library.entity.Skill;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Brings a library document into the database in the caller's transaction: skills by name, roles by
 * slug, each new or changed role with a version and an audit entry. The first problem stops the import
 * with a message naming the entry and the rule; the caller's transaction then rolls back, so a bad file
 * changes nothing.
 */
@Dependent
public class LibraryImporter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    RoleHistory history;

    @Inject
    AuditLog audit;

    public record Report(int skillsAdded, int rolesAdded, int rolesChanged, int rolesUnchanged) {
    }

    public Report importDocument(LibraryDocument document, String note) {
        Map<String, Skill> catalogue = new HashMap<>();
        int skillsAdded = importSkills(document, catalogue);
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        Set<String> slugs = new HashSet<>();
        for (int index = 0; index < document.roles().size(); index++) {
            RoleContent content = document.roles().get(index);
            String where = "Role " + (index + 1) + (content.slug() == null ? "" : " (" + content.slug() + ")");
            RoleSlug slug = slugOf(content.slug(), where);
            if (!slugs.add(slug.value())) {
                throw new LibraryImportException(where + ": the file lists this role twice.");
            }
            Role existing = em.createNamedQuery(Role.FIND_BY_SLUG, Role.class)
                    .setParameter("slug", slug).getResultStream().findFirst().orElse(null);
            if (existing != null && existing.content().changesTo(content).isEmpty()
                    && existing.getStatus() == statusOf(content)) {
                unchanged++;
                continue;
            }
            Role role = existing != null ? existing : new Role(slug, content.name(), content.family(), content.summary());
            role.revise(content, name -> skillNamed(catalogue, name, where));
            adoptStatus(role, statusOf(content), where);
            requireValid(role, where);
            if (existing == null) {
                em.persist(role);
                added++;
            } else {
                changed++;
            }
            em.flush();
            history.record(role, audit.actor(), note);
            audit.record(existing == null ? "CREATED" : "UPDATED", "role", slug.value(), note);
        }
        return new Report(skillsAdded, added, changed, unchanged);
    }

    /** Adds the file's new skills to the catalogue and re-files known ones; fills {@code catalogue} by name. */
    private int importSkills(LibraryDocument document, Map<String, Skill> catalogue) {
        em.createNamedQuery(Skill.FIND_ALL, Skill.class).getResultList()
                .forEach(skill -> catalogue.put(key(skill.getName()), skill));
        int added = 0;
        for (int index = 0; index < document.skills().size(); index++) {
            LibraryDocument.SkillEntry entry = document.skills().get(index);
            String where = "Skill " + (index + 1) + (entry.name() == null ? "" : " (" + entry.name() + ")");
            Skill known = entry.name() == null ? null : catalogue.get(key(entry.name()));
            if (known != null) {
                if (known.getKind() != entry.kind() || !known.getCategory().equals(entry.category())) {
                    known.recategorise(entry.kind(), entry.category());
                    requireValid(known, where);
                    audit.record("UPDATED", "skill", known.getName(), "Imported: " + entry.kind() + ", " + entry.category());
                }
                continue;
            }
            Skill skill = new Skill(entry.name(), entry.kind(), entry.category());
            requireValid(skill, where);
            em.persist(skill);
            catalogue.put(key(skill.getName()), skill);
            audit.record("CREATED", "skill", skill.getName(), "Imported");
            added++;
        }
        return added;
    }

    private static ContentStatus statusOf(RoleContent content) {
        return content.status() == null ? ContentStatus.DRAFT : content.status();
    }

    /** Moves the role along its lifecycle to the status the file gives; a file cannot un-publish a role. */
    private static void adoptStatus(Role role, ContentStatus target, String where) {
        if (role.getStatus() == target) {
            return;
        }
        switch (target) {
            case PUBLISHED -> role.publish();
            case ARCHIVED -> {
                if (role.getStatus() == ContentStatus.DRAFT) {
                    role.publish();
                }
                role.archive();
            }
            case DRAFT -> throw new LibraryImportException(where + ": the role is " + role.getStatus()
                    + " in Rolewise and cannot go back to DRAFT; give its status as PUBLISHED or ARCHIVED.");
        }
    }

    private static RoleSlug slugOf(String text, String where) {
        try {
            return new RoleSlug(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new LibraryImportException(where + ": " + e.getMessage());
        }
    }

    private static Skill skillNamed(Map<String, Skill> catalogue, String name, String where) {
        Skill skill = name == null ? null : catalogue.get(key(name));
        if (skill == null) {
            throw new LibraryImportException(where + ": uses the skill \"" + name
                    + "\", which is neither in the file's skill list nor in Rolewise.");
        }
        return skill;
    }

    private void requireValid(Object entity, String where) {
        Set<ConstraintViolation<Object>> violations = entity instanceof Role role && role.isPublished()
                ? validator.validate(entity, Default.class, Publishable.class)
                : validator.validate(entity);
        if (!violations.isEmpty()) {
            throw new LibraryImportException(where + ": " + violations.stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
