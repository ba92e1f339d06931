package app.rolewise.library.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class RichTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Hi<script>alert(1)</script></p>",
            "<p onclick=\"alert(1)\">Hi</p>",
            "<img src=x onerror=alert(1)><p>Hi</p>",
            "<a href=\"javascript:alert(1)\">Hi</a>",
            "<svg><script>alert(1)</script></svg><p>Hi</p>",
            "<p style=\"background:url(javascript:alert(1))\">Hi</p>",
            "<iframe src=\"https://example.org\"></iframe><p>Hi</p>"})
    void noScriptSurvives(String hostile) {
        String kept = RichText.sanitize(hostile);

        assertFalse(kept.toLowerCase().contains("script"), kept);
        assertFalse(kept.toLowerCase().contains("onerror"), kept);
        assertFalse(kept.toLowerCase().contains("onclick"), kept);
        assertFalse(kept.toLowerCase().contains("javascript:"), kept);
        assertFalse(kept.toLowerCase().contains("<iframe"), kept);
    }

    @Test
    void plainFormattingIsKept() {
        assertEquals("<p><strong>Builds</strong> <em>pipelines</em></p><ul><li>one</li></ul>",
                RichText.sanitize("<p><strong>Builds</strong> <em>pipelines</em></p><ul><li>one</li></ul>"));
    }

    @Test
    void anEmptyEditorIsNoText() {
        assertNull(RichText.sanitize("<p><br></p>"));
    }
}
