package app.rolewise.library.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RoleSlugTest {

    @Test
    void slugsWithTheSameTextAreEqual() {
        assertEquals(new RoleSlug("mlops-engineer"), new RoleSlug("mlops-engineer"));
        assertNotEquals(new RoleSlug("mlops-engineer"), new RoleSlug("data-engineer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Data-Engineer", "data engineer", "-data", "data-", "data--engineer", "dätä"})
    void malformedSlugsAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> new RoleSlug(text));
    }

    @Test
    void overLongSlugsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RoleSlug("a".repeat(RoleSlug.MAX_LENGTH + 1)));
    }

    @Test
    void aMissingSlugIsRefused() {
        assertThrows(NullPointerException.class, () -> new RoleSlug(null));
    }
}
