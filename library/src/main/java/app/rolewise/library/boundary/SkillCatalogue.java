package app.rolewise.library.boundary;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.audit.entity.AuditAction;
import app.rolewise.content.AccessRoles;
import app.rolewise.library.entity.Skill;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The skills shared by all roles. Everyone signed in reads them; admins add to them.
 */
@Stateless
public class SkillCatalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @RolesAllowed(AccessRoles.ADMIN)
    public List<Skill> search(String text, int max) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createNamedQuery(Skill.SEARCH, Skill.class)
                .setParameter("text", pattern)
                .setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed(AccessRoles.ADMIN)
    public Optional<Skill> named(String name) {
        return em.createNamedQuery(Skill.FIND_BY_NAME, Skill.class)
                .setParameter("name", name == null ? "" : name.strip())
                .getResultStream()
                .findFirst();
    }

    /** The skills with any of the names, whatever their case; a name no skill has is left out. */
    @RolesAllowed(AccessRoles.ADMIN)
    public List<Skill> named(Collection<String> names) {
        List<String> wanted = names.stream().filter(Objects::nonNull).map(name -> name.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Skill.FIND_BY_NAMES, Skill.class).setParameter("names", wanted).getResultList();
    }

    /** Adds a skill to the catalogue; its name must be new, whatever its case. */
    @RolesAllowed(AccessRoles.ADMIN)
    public Skill create(Skill draft) {
        Skill skill = new Skill(draft.getName(), draft.getKind(), draft.getCategory());
        Set<ConstraintViolation<Skill>> violations = validator.validate(skill);
        if (!violations.isEmpty()) {
            throw new InvalidContentException(violations.stream().map(ConstraintViolation::getMessage).sorted().toList());
        }
        if (named(skill.getName()).isPresent()) {
            throw new DuplicateNameException("refused.skill.exists", skill.getName());
        }
        em.persist(skill);
        audit.record(AuditAction.CREATED, "skill", skill.getName(), skill.getKind() + ", " + skill.getCategory());
        return skill;
    }
}
