package app.rolewise.comparison.entity;

import app.rolewise.library.entity.ContentRevision;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.library.entity.Skill;
import app.rolewise.library.entity.SkillKind;
import app.rolewise.schema.MigratedDatabase;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The revision that pages made from the library are kept under ends with every change to a role, a skill or
 * a role pair, and only then. Here, outside a container, there is no transaction registry, so a change counts at once;
 * in the server it counts when its transaction ends (CompareIT sees a kept page replaced after an edit).
 */
class ContentRevisionTest {

    private static SessionFactory database;

    @BeforeAll
    static void schema() {
        database = MigratedDatabase.of("content-revision", Map.of(), Role.class, Skill.class, RolePair.class);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void savingARoleOrASkillEndsTheRevision() {
        long before = ContentRevision.current();
        Role role = new Role(new RoleSlug("revision-role"), "Revision Role", "Data/AI", "A role whose saves are counted");
        Skill skill = new Skill("Revision counting", SkillKind.HARD, "Engineering");
        database.inTransaction(session -> {
            session.persist(skill);
            session.persist(role);
        });
        long afterInsert = ContentRevision.current();
        assertTrue(afterInsert > before, "inserting a role and a skill ends the revision");

        database.inTransaction(session -> session.find(Role.class, role.getId()).setPrimaryFocus("Counting every change"));
        long afterUpdate = ContentRevision.current();
        assertTrue(afterUpdate > afterInsert, "updating a role ends the revision");

        database.inTransaction(session -> session.find(Skill.class, skill.getId()).recategorise(SkillKind.HARD, "Analysis"));
        long afterRefiling = ContentRevision.current();
        assertTrue(afterRefiling > afterUpdate, "re-filing a skill ends the revision");

        // only a collection: the role's version still grows, and with it the revision
        database.inTransaction(session -> session.find(Role.class, role.getId()).setResponsibilities(List.of("Count every change")));
        long afterCollection = ContentRevision.current();
        assertTrue(afterCollection > afterRefiling, "changing only a role's list ends the revision");

        Role other = new Role(new RoleSlug("revision-other"), "Revision Other", "Data/AI", "The other role of a pair");
        database.inTransaction(session -> session.persist(other));
        long beforePair = ContentRevision.current();
        assertTrue(beforePair > afterCollection);
        RolePair pair = new RolePair(role, other);
        pair.setVerdict("One counts, the other is counted.");
        database.inTransaction(session -> session.persist(pair));
        long afterPair = ContentRevision.current();
        assertTrue(afterPair > beforePair, "saving a role pair ends the revision");

        database.inTransaction(session -> session.find(RolePair.class, pair.getId()).setVerdict("Both are counted."));
        assertTrue(ContentRevision.current() > afterPair, "updating a role pair ends the revision");
    }

    @Test
    void readingTheLibraryKeepsTheRevision() {
        Role role = new Role(new RoleSlug("read-only-role"), "Read Only Role", "Data/AI", "A role that is only read");
        database.inTransaction(session -> session.persist(role));
        long before = ContentRevision.current();
        database.inTransaction(session -> session.find(Role.class, role.getId()).getName());
        assertEquals(before, ContentRevision.current());
    }
}
