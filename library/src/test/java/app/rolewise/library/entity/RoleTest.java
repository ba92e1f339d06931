package app.rolewise.library.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleTest {

    private Role draft() {
        return new Role(new RoleSlug("data-engineer"), "Data Engineer", "Data/AI", "Builds pipelines.");
    }

    @Test
    void aNewRoleIsADraftThatNobodyOutsideAdminSees() {
        Role role = draft();

        assertEquals(ContentStatus.DRAFT, role.getStatus());
        assertFalse(role.isPublished());
    }

    @Test
    void publishingADraftMakesItVisible() {
        Role role = draft();

        role.publish();

        assertTrue(role.isPublished());
    }

    @Test
    void anArchivedRoleCanBePublishedAgain() {
        Role role = draft();
        role.publish();
        role.archive();

        role.publish();

        assertEquals(ContentStatus.PUBLISHED, role.getStatus());
    }

    @Test
    void aDraftCannotBeArchived() {
        Role role = draft();

        LifecycleException refused = assertThrows(LifecycleException.class, role::archive);

        assertEquals(ContentStatus.DRAFT, refused.from());
        assertEquals(ContentStatus.DRAFT, role.getStatus());
    }

    @Test
    void aPublishedRoleCannotBePublishedTwice() {
        Role role = draft();
        role.publish();

        assertThrows(LifecycleException.class, role::publish);
    }
}
