package app.rolewise.view;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlCharacterValidatorTest {

    @Test
    void nulBellAndOtherControlsAreRefusedInTextAndInLines() {
        assertTrue(ControlCharacterValidator.holdsControlCharacter("a\u0000b"));
        assertTrue(ControlCharacterValidator.holdsControlCharacter("ring\u0007"));
        assertTrue(ControlCharacterValidator.holdsControlCharacter("\u009b"));
        assertTrue(ControlCharacterValidator.holdsControlCharacter(List.of("fine", "not\u001bfine")));
    }

    @Test
    void lineBreaksTabsEmojiBidiMarksAndSqlLikeTextPass() {
        assertFalse(ControlCharacterValidator.holdsControlCharacter("one\r\ntwo\tthree\n"));
        assertFalse(ControlCharacterValidator.holdsControlCharacter("Data 👩‍💻 🇩🇪 \u202Eabc"));
        assertFalse(ControlCharacterValidator.holdsControlCharacter("Robert'); DROP TABLE role;--"));
        assertFalse(ControlCharacterValidator.holdsControlCharacter(null));
        assertFalse(ControlCharacterValidator.holdsControlCharacter(42));
    }
}
