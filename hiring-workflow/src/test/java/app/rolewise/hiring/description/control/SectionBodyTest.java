package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.control.SectionBody.BulletList;
import app.rolewise.hiring.description.control.SectionBody.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionBodyTest {

    @Test
    void blankLinesSeparateParagraphsAndDashLinesFormLists() {
        SectionBody body = SectionBody.parse("""
                You will build the pipelines
                our analysts rely on.

                Day to day:
                - Model data in dbt
                - Review pull requests
                Then a closing line.
                """);

        assertEquals(List.of(
                new Paragraph("You will build the pipelines our analysts rely on."),
                new Paragraph("Day to day:"),
                new BulletList(List.of("Model data in dbt", "Review pull requests")),
                new Paragraph("Then a closing line.")), body.blocks());
    }

    @Test
    void blankLinesWithSpacesAndWindowsLineEndsStillSeparate() {
        SectionBody body = SectionBody.parse("First.\r\n   \r\nSecond.\r\n-  \r\n- item");

        assertEquals(List.of(new Paragraph("First."), new Paragraph("Second."), new BulletList(List.of("item"))),
                body.blocks());
    }

    @Test
    void aDashWithoutASpaceIsText() {
        assertEquals(List.of(new Paragraph("-5% churn is the goal")), SectionBody.parse("-5% churn is the goal").blocks());
    }

    @Test
    void emptyBodiesHaveNoBlocks() {
        assertTrue(SectionBody.parse("").blocks().isEmpty());
        assertTrue(SectionBody.parse(null).blocks().isEmpty());
        assertEquals("", SectionBody.parse("  \n ").html());
    }

    @Test
    void htmlEscapesEverythingTheAuthorWrote() {
        String html = SectionBody.parse("Use <script>alert('x')</script> & \"quotes\"\n\n- <b>bold</b> claim").html();

        assertEquals("<p>Use &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;</p>"
                + "<ul><li>&lt;b&gt;bold&lt;/b&gt; claim</li></ul>", html);
    }

    @Test
    void htmlKeepsUnicode() {
        assertEquals("<p>Café budget – 5 000 €</p>", SectionBody.parse("Café budget – 5 000 €").html());
    }

    @Test
    void markdownSeparatesBlocksAndKeepsBullets() {
        String markdown = SectionBody.parse("Intro line\n- one\n- two\n\nOutro").markdown();

        assertEquals("Intro line\n\n- one\n- two\n\nOutro", markdown);
    }

    @Test
    void markdownEscapesWhatWouldBecomeMarkup() {
        assertEquals("\\*not bold\\* and \\_not italic\\_ \\<b\\> \\[link\\](x) \\`code\\`",
                SectionBody.escapeMarkdown("*not bold* and _not italic_ <b> [link](x) `code`"));
        assertEquals("\\# not a heading", SectionBody.escapeMarkdown("# not a heading"));
        assertEquals("2024\\. was a good year", SectionBody.escapeMarkdown("2024. was a good year"));
        assertEquals("\\+ not a list", SectionBody.escapeMarkdown("+ not a list"));
        assertEquals("R&D and \\&amp; as typed", SectionBody.escapeMarkdown("R&D and &amp; as typed"));
        assertEquals("C# and F# are fine mid-line", SectionBody.escapeMarkdown("C# and F# are fine mid-line"));
    }

    @Test
    void bulletItemsAreEscapedInMarkdown() {
        String markdown = SectionBody.parse("- # loud item\n- *star*").markdown();

        assertEquals("- \\# loud item\n- \\*star\\*", markdown);
        assertFalse(markdown.contains("\n# "));
    }

    @Test
    void textUnitsAreParagraphsAndItemsInOrder() {
        assertEquals(List.of("Intro.", "one", "two", "Outro"),
                SectionBody.parse("Intro.\n- one\n- two\n\nOutro").textUnits());
    }
}
