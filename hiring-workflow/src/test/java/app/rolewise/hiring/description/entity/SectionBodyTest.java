package app.rolewise.hiring.description.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionBodyTest {

    @Test
    void blankLinesSeparateParagraphsAndDashLinesFormAList() {
        String html = SectionBody.parse("""
                You will build the pipelines
                our analysts rely on.

                Day to day:
                - Model data in dbt
                - Review pull requests
                """).html();

        assertEquals("<p>You will build the pipelines\nour analysts rely on.</p>\n"
                + "<p>Day to day:</p>\n"
                + "<ul>\n<li>Model data in dbt</li>\n<li>Review pull requests</li>\n</ul>\n", html);
    }

    @Test
    void aDashWithoutASpaceIsText() {
        assertEquals("<p>-5% churn is the goal</p>\n", SectionBody.parse("-5% churn is the goal").html());
    }

    @Test
    void emptyBodiesHaveNoBlocks() {
        assertTrue(SectionBody.parse("").blocks().isEmpty());
        assertTrue(SectionBody.parse(null).blocks().isEmpty());
        assertEquals("", SectionBody.parse("  \n ").html());
    }

    @Test
    void htmlTheAuthorTypedIsShownAsText() {
        String html = SectionBody.parse("Use <script>alert('x')</script> & \"quotes\"\n\n- <b>bold</b> claim").html();

        assertEquals("<p>Use &lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;quotes&quot;</p>\n"
                + "<ul>\n<li>&lt;b&gt;bold&lt;/b&gt; claim</li>\n</ul>\n", html);
    }

    @Test
    void anHtmlBlockIsTextToo() {
        String html = SectionBody.parse("<div onmouseover=\"alert(1)\">\nhello\n</div>\n\n<!-- note -->").html();

        assertEquals("<p>&lt;div onmouseover=&quot;alert(1)&quot;&gt;\nhello\n&lt;/div&gt;</p>\n<p>&lt;!-- note --&gt;</p>\n", html);
    }

    @Test
    void markdownFormattingBecomesHtmlAndLinksOnlyKeepSafeAddresses() {
        String html = SectionBody.parse("**Bold**, _italic_ and [our site](https://example.org) but not [this](javascript:alert(1))").html();

        assertEquals("<p><strong>Bold</strong>, <em>italic</em> and <a rel=\"nofollow\" href=\"https://example.org\">our site</a>"
                + " but not <a rel=\"nofollow\" href=\"\">this</a></p>\n", html);
    }

    @Test
    void htmlKeepsUnicode() {
        assertEquals("<p>Café budget – 5 000 €</p>\n", SectionBody.parse("Café budget – 5 000 €").html());
    }

    @Test
    void markdownSeparatesBlocksAndKeepsBullets() {
        String markdown = SectionBody.parse("Intro line\n- one\n- two\n\nOutro").markdown();

        assertEquals("Intro line\n\n- one\n- two\n\nOutro\n", markdown);
    }

    @Test
    void markdownRoundTrips() {
        String body = """
                We **value** _care_ and [learning](https://example.org/learn).

                - SQL, `dbt` and Python
                - 2024\\. was a good year
                - \\# not a heading, \\*not emphasis\\*

                1. Apply
                2. Talk to us""";
        SectionBody parsed = SectionBody.parse(body);

        SectionBody again = SectionBody.parse(parsed.markdown());

        assertEquals(parsed.html(), again.html());
        assertEquals(parsed.markdown(), again.markdown());
        assertTrue(parsed.html().contains("<li>2024. was a good year</li>"), parsed.html());
        assertTrue(parsed.html().contains("<li># not a heading, *not emphasis*</li>"), parsed.html());
    }

    @Test
    void htmlTheAuthorTypedIsEscapedInMarkdown() {
        String markdown = SectionBody.parse("- <img src=x onerror=alert(1)>\n- a <b>bold</b> claim").markdown();

        assertEquals("- \\<img src=x onerror=alert(1)\\>\n- a \\<b\\>bold\\</b\\> claim\n", markdown);
        assertFalse(markdown.contains("<b>"), markdown);
    }

    @Test
    void textUnitsAreParagraphsAndItemsInOrderWithoutMarkup() {
        assertEquals(List.of("Intro with a link.", "one", "two", "Outro on two lines"),
                SectionBody.parse("Intro with a [link](https://example.org).\n- **one**\n- two\n\nOutro on\ntwo lines").textUnits());
    }
}
