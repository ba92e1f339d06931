package app.rolewise.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTextTest {

    @Test
    void thePatternFindsTheTextAnywhereInAnyCase() {
        assertEquals("%data engineer%", SearchText.containing("  Data Engineer "));
    }

    @Test
    void wildcardsTypedBySomeoneAreSearchedAsThemselves() {
        assertEquals("%50\\%\\_off\\\\%", SearchText.containing("50%_off\\"));
    }

    @Test
    void onlyTextThatIsNotBlankIsSearchedFor() {
        assertFalse(SearchText.given(null));
        assertFalse(SearchText.given("   "));
        assertTrue(SearchText.given(" a "));
    }

    @Test
    void aValueHeldInMemoryMatchesAsThePatternWould() {
        assertTrue(SearchText.contains("Machine Learning Engineer", " learning "));
        assertFalse(SearchText.contains("Data Engineer", "analyst"));
        assertFalse(SearchText.contains(null, "analyst"));
    }
}
