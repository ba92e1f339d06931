package app.rolewise.comparison.entity;

import app.rolewise.content.RefusedException;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import jakarta.ejb.ApplicationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RolePairTest {

    private static Role role(String slug, String name) {
        return new Role(new RoleSlug(slug), name, "Data/AI", "Summary of " + name);
    }

    @Test
    void aPairIsTwoRolesKeyedByTheirUrlNamesWhateverTheOrder() {
        RolePair pair = new RolePair(role("machine-learning-engineer", "Machine Learning Engineer"), role("data-engineer", "Data Engineer"));

        assertEquals("data-engineer+machine-learning-engineer", pair.getPairKey());
        assertEquals("Data Engineer", pair.getFirst().getName());
    }

    @Test
    void theSameRoleTwiceIsRefusedWithAReasonForTheUser() {
        RefusedException refused = assertThrows(SameRoleTwiceException.class,
                () -> new RolePair(role("data-engineer", "Data Engineer"), role("data-engineer", "Data Engineer")));

        assertEquals("refused.pair.sameRole", refused.key());
        assertEquals(List.of("Data Engineer"), List.of(refused.arguments()));
        // an application exception reaches the page as it is, not wrapped in an EJBException
        ApplicationException kind = RefusedException.class.getAnnotation(ApplicationException.class);
        assertTrue(kind.inherited() && kind.rollback());
    }
}
