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

    @ParameterizedTest
    @ValueSource(strings = {"<p><br></p>", "<p>\uFEFF</p>", "<p>&#xfeff;</p><p><br></p>", "<p>\u200B<br></p>"})
    void anEmptyEditorIsNoText(String empty) {
        assertNull(RichText.sanitize(empty));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Builds <strong>pipel\uFEFFines</strong></p>",
            "<p>Builds <strong>pipel&#xfeff;ines</strong></p>",
            "<p>Builds <strong>pipelines</strong><span class=\"ql-cursor\">\uFEFF</span></p>",
            "<p>Builds <strong>pipe\u200Blines</strong></p><p><br></p>",
            "<p><br></p><p>Builds <strong>pipelines</strong></p><p><br></p><p></p>"})
    void whatTheEditorAddsUnseenIsNotKept(String edited) {
        assertEquals("<p>Builds <strong>pipelines</strong></p>", RichText.sanitize(edited));
    }

    @Test
    void anEmptyParagraphBetweenTextIsTheWritersAndStays() {
        assertEquals("<p>One</p><p><br /></p><p>Two</p>", RichText.sanitize("<p>One</p><p><br></p><p>Two</p>"));
    }

    @Test
    void keptHtmlIsKeptAsItIs() {
        String kept = RichText.sanitize("<h3>It's \"new\"</h3><p>A &amp; B <a href=\"https://example.org\" target=\"_blank\">here</a></p>"
                + "<ol><li data-list=\"bullet\">one</li></ol><blockquote>q</blockquote>");

        assertEquals(kept, RichText.sanitize(kept));
    }

    @Test
    void theEditorsListsBecomeBulletedAndNumberedLists() {
        String quill = "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>one</li>"
                + "<li data-list=\"bullet\">two</li><li data-list=\"ordered\">first</li></ol>";

        assertEquals("<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>", RichText.sanitize(quill));
        assertEquals("• one\n• two\n1. first", RichText.plainText(quill));
        assertEquals("<ul><li>one</li></ul>", RichText.sanitize("<ul>\n  <li>one</li>\n</ul>"));
        assertEquals("<ol><li>one</li></ol>", RichText.sanitize("<ol><li data-list=\"checked\">one</li></ol>"),
                "an item kind the library does not know keeps the list it is in");
    }

    @Test
    void thePlainTextIsWhatAReaderSees() {
        String html = "<h3>Why it exists</h3><p>Data &amp; <strong>models</strong>\n   in  production, "
                + "<a href=\"https://example.org\">read more</a>.</p>"
                + "<ul><li>one</li><li>two</li></ul><ol><li>first</li><li>second</li></ol><p>Line<br>break</p>";

        assertEquals("""
                Why it exists
                Data & models in production, read more.
                • one
                • two
                1. first
                2. second
                Line
                break""", RichText.plainText(html));
    }

    @Test
    void thePlainTextHasNoMarkupEvenOfHostileHtml() {
        assertEquals("Hi", RichText.plainText("<p onclick=\"x()\">Hi<script>alert('<b>')</script></p>"));
    }

    @Test
    void formattingTurnedOnWithNothingTypedIsNoChange() {
        assertEquals("<p>Runs them</p>", RichText.sanitize("<p>Runs them<strong>\uFEFF</strong></p>"));
        assertEquals("<p>Runs them</p>", RichText.sanitize("<p>Runs them<strong><em>\uFEFF</em></strong></p>"));
        assertEquals("<p>Runs <strong>them</strong></p>", RichText.sanitize("<p>Runs <strong>them</strong></p>"));
    }
}
