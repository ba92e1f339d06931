package app.rolewise.view.compare;

import app.rolewise.comparison.entity.Comparison;
import app.rolewise.comparison.entity.RolePair;
import app.rolewise.library.entity.Emphasis;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.library.entity.Skill;
import app.rolewise.library.entity.SkillKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compare page's cache: one rendering per role and pair versions. A saved or published role or pair
 * has a higher JPA version (the database bumps it on commit; here {@code rebaseOnVersion} stands in for
 * that), and the page then shows what was saved, never the HTML of the version before.
 */
class RenderedComparisonsTest {

    private static final Skill SQL = new Skill("SQL", SkillKind.HARD, "Data");
    private static final Function<String, String> WORDS = key -> key;

    private final RenderedComparisons cut = new RenderedComparisons();
    private final Role first = role("first-role", "Builds pipelines");
    private final Role second = role("second-role", "Builds models");
    private final RolePair pair = pair(first, second, "Pipelines first.");

    private static Role role(String slug, String focus) {
        Role role = new Role(new RoleSlug(slug), slug, "Data/AI", "Summary");
        role.setPrimaryFocus(focus);
        role.useSkill(SQL, Emphasis.CORE);
        return role;
    }

    private static RolePair pair(Role one, Role other, String verdict) {
        RolePair pair = new RolePair(one, other);
        pair.setVerdict(verdict);
        return pair;
    }

    private RenderedComparisons.Page page(Role one, Role other, RolePair about) {
        return cut.of(Comparison.of(List.of(one, other)), Optional.ofNullable(about), Locale.ENGLISH, "", WORDS);
    }

    @Test
    void theSameVersionsAreRenderedOnce() {
        RenderedComparisons.Page once = page(first, second, pair);

        assertSame(once, page(first, second, pair));
        assertEquals(1, cut.size());
        assertTrue(once.chart().contains("\"label\":\"first-role\""), once.chart());
    }

    @Test
    void aSavedRoleIsRenderedAnew() {
        String before = page(first, second, pair).blocks().table();
        Role saved = role("first-role", "Builds lakehouses");
        saved.rebaseOnVersion(first.getVersion() + 1);

        String after = page(saved, second, pair).blocks().table();

        assertTrue(before.contains("Builds pipelines"), before);
        assertTrue(after.contains("Builds lakehouses"), after);
        assertFalse(after.contains("Builds pipelines"), after);
    }

    @Test
    void aSavedOrPublishedPairIsRenderedAnew() {
        RenderedComparisons.Page before = page(first, second, pair);
        RolePair published = pair(first, second, "Models first.");
        published.publish();
        published.rebaseOnVersion(pair.getVersion() + 1);

        RenderedComparisons.Page after = page(first, second, published);

        assertNotSame(before, after);
        assertTrue(after.blocks().table().contains("Models first."), after.blocks().table());
    }

    @Test
    void theOrderOfTheRolesIsPartOfTheKey() {
        assertNotSame(page(first, second, null), page(second, first, null));
    }

    @Test
    void theCacheStaysBounded() {
        for (int i = 0; i < RenderedComparisons.MAX_ENTRIES + 10; i++) {
            page(first, role("role-" + i, "Focus " + i), null);
        }

        assertEquals(RenderedComparisons.MAX_ENTRIES, cut.size());
    }
}
