package app.rolewise.view;

import org.infinispan.Cache;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** o:cache's application scope on a real Infinispan cache, local and bounded as configure.cli defines it. */
class FragmentCacheTest {

    private static DefaultCacheManager server;
    private Cache<String, Object> entries;
    private FragmentCache cut;

    @BeforeAll
    static void startInfinispan() {
        server = new DefaultCacheManager();
        server.defineConfiguration("fragments", new ConfigurationBuilder().memory().maxCount(768).build());
    }

    @AfterAll
    static void stopInfinispan() {
        server.stop();
    }

    @BeforeEach
    void emptyCache() {
        entries = server.getCache("fragments");
        entries.clear();
        cut = new FragmentCache(entries);
    }

    @Test
    void keepsMarkupUntilRemoved() {
        cut.put("table:a,b@3,7", "<table>…</table>");

        assertEquals("<table>…</table>", cut.get("table:a,b@3,7"));
        assertEquals("<table>…</table>", entries.get("table:a,b@3,7"), "held in Infinispan itself");
        assertNull(cut.get("pair:a,b@3,7"));

        cut.remove("table:a,b@3,7");
        assertNull(cut.get("table:a,b@3,7"));
    }

    @Test
    void attributesBelongToTheirKeyAndGoWithIt() {
        cut.put("k", "<p>markup</p>");
        cut.putAttribute("k", "count", 3, -1);
        cut.putAttribute("k", "label", "three", -1);
        cut.putAttribute("other", "count", 5, -1);

        assertEquals(3, cut.getAttribute("k", "count"));
        assertEquals("three", cut.getAttribute("k", "label"));
        assertEquals(5, cut.getAttribute("other", "count"));
        assertNull(cut.getAttribute("k", "missing"));

        cut.put("k", "<p>again</p>");
        assertEquals(3, cut.getAttribute("k", "count"), "new markup keeps the attributes");

        cut.remove("k");
        assertNull(cut.get("k"));
        assertNull(cut.getAttribute("k", "count"));
        assertEquals(5, cut.getAttribute("other", "count"));
    }

    @Test
    void aTimeToLiveInSecondsBecomesTheEntrysLifespan() {
        cut.put("timed", "<p/>", 60);
        cut.putAttribute("timed", "count", 1, 30);
        cut.put("untimed", "<p/>");
        cut.put("forever", "<p/>", -1);

        assertEquals(60_000, entries.getAdvancedCache().getCacheEntry("timed").getLifespan());
        assertEquals(30_000, entries.getAdvancedCache().getCacheEntry("timed\u0000attributes").getLifespan());
        assertEquals(-1, entries.getAdvancedCache().getCacheEntry("untimed").getLifespan());
        assertEquals(-1, entries.getAdvancedCache().getCacheEntry("forever").getLifespan());
    }
}
