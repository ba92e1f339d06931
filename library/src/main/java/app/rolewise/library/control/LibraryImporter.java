package app.rolewise.library.control;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.history.boundary.ContentHistory;
import app.rolewise.audit.entity.AuditAction;
import app.rolewise.history.entity.VersionNote;
import app.rolewise.library.entity.ImportReport;
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
    ContentHistory history;

    @Inject
    AuditLog audit;

    /**
     * @param note    every version the import saves carries it
     * @param audited what the audit entry of each added or changed role says about where it came from
     */
    public ImportReport importDocument(LibraryDocument document, VersionNote note, String audited) {
        Map<String, Skill> catalogue = new HashMap<>();
        int skillsAdded = importSkills(document, catalogue);
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        Set<String> slugs = new HashSet<>();
        for (int index = 0; index < document.roles().size(); index++) {
            RoleContent content = document.roles().get(index);
            int number = index + 1;
            RoleSlug slug = slugOf(content.slug(), number);
            if (!slugs.add(slug.value())) {
                throw new LibraryImportException("refused.import.roleTwice", number, slug.value());
            }
            Role existing = em.createNamedQuery(Role.FIND_BY_SLUG, Role.class)
                    .setParameter("slug", slug).getResultStream().findFirst().orElse(null);
            if (existing != null && existing.content().changesTo(content).isEmpty()
                    && existing.getStatus() == statusOf(content)) {
                unchanged++;
                continue;
            }
            Role role = existing != null ? existing : new Role(slug, content.name(), content.family(), content.summary());
            role.revise(content, name -> skillNamed(catalogue, name, number, slug));
            adoptStatus(role, statusOf(content), number);
            requireValid(role, "refused.import.invalidRole", number, slug.value());
            if (existing == null) {
                em.persist(role);
                added++;
            } else {
                changed++;
            }
            em.flush();
            history.record(RoleContent.KIND, role.getId(), audit.actor(), note, role.content());
            audit.record(existing == null ? AuditAction.CREATED : AuditAction.UPDATED, "role", slug.value(), audited);
        }
        return new ImportReport(skillsAdded, added, changed, unchanged);
    }

    /** Adds the file's new skills to the catalogue and re-files known ones; fills {@code catalogue} by name. */
    private int importSkills(LibraryDocument document, Map<String, Skill> catalogue) {
        em.createNamedQuery(Skill.FIND_ALL, Skill.class).getResultList()
                .forEach(skill -> catalogue.put(key(skill.getName()), skill));
        int added = 0;
        for (int index = 0; index < document.skills().size(); index++) {
            LibraryDocument.SkillEntry entry = document.skills().get(index);
            int number = index + 1;
            Skill known = entry.name() == null ? null : catalogue.get(key(entry.name()));
            if (known != null) {
                if (known.getKind() != entry.kind() || !known.getCategory().equals(entry.category())) {
                    known.recategorise(entry.kind(), entry.category());
                    requireValid(known, "refused.import.invalidSkill", number, known.getName());
                    audit.record(AuditAction.UPDATED, "skill", known.getName(), "Imported: " + entry.kind() + ", " + entry.category());
                }
                continue;
            }
            Skill skill = new Skill(entry.name(), entry.kind(), entry.category());
            requireValid(skill, entry.name() == null ? "refused.import.invalidUnnamedSkill" : "refused.import.invalidSkill",
                    number, entry.name());
            em.persist(skill);
            catalogue.put(key(skill.getName()), skill);
            audit.record(AuditAction.CREATED, "skill", skill.getName(), "Imported");
            added++;
        }
        return added;
    }

    private static ContentStatus statusOf(RoleContent content) {
        return content.status() == null ? ContentStatus.DRAFT : content.status();
    }

    /** Moves the role along its lifecycle to the status the file gives; a file cannot un-publish a role. */
    private static void adoptStatus(Role role, ContentStatus target, int number) {
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
            case DRAFT -> throw new LibraryImportException("refused.import.backToDraft", number, role.getSlug().value(), role.getStatus());
        }
    }

    private static RoleSlug slugOf(String text, int number) {
        if (text == null) {
            throw new LibraryImportException("refused.import.noSlug", number);
        }
        try {
            return new RoleSlug(text);
        } catch (IllegalArgumentException malformed) {
            throw new LibraryImportException("refused.import.badSlug", number, text, RoleSlug.MAX_LENGTH);
        }
    }

    private static Skill skillNamed(Map<String, Skill> catalogue, String name, int number, RoleSlug slug) {
        Skill skill = name == null ? null : catalogue.get(key(name));
        if (skill == null) {
            throw new LibraryImportException("refused.import.unknownSkill", number, slug.value(), name);
        }
        return skill;
    }

    /** The refusal's placeholders are the entry's number, its name and the broken rules. */
    private void requireValid(Object entity, String refusal, int number, String name) {
        Set<ConstraintViolation<Object>> violations = entity instanceof Role role && role.isPublished()
                ? validator.validate(entity, Default.class, Publishable.class)
                : validator.validate(entity);
        if (!violations.isEmpty()) {
            throw new LibraryImportException(refusal, number, name, violations.stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
