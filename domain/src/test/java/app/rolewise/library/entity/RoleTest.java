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

        assertEquals(RoleStatus.DRAFT, role.getStatus());
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

        assertEquals(RoleStatus.PUBLISHED, role.getStatus());
    }

    @Test
    void aDraftCannotBeArchived() {
        Role role = draft();

        RoleLifecycleException refused = assertThrows(RoleLifecycleException.class, role::archive);

        assertEquals(RoleStatus.DRAFT, refused.from());
        assertEquals(RoleStatus.DRAFT, role.getStatus());
    }

    @Test
    void aPublishedRoleCannotBePublishedTwice() {
        Role role = draft();
        role.publish();

        assertThrows(RoleLifecycleException.class, role::publish);
    }
}
