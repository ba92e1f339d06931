package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.Location;
import app.rolewise.hiring.description.entity.Posting;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.PostingSection;
import app.rolewise.hiring.description.entity.SalaryRange;
import app.rolewise.hiring.description.entity.SectionBody;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.hiring.description.entity.Workplace;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostingMarkdownTest {

    @Test
    void thePostingReadsTitleFactsThenFilledSections() {
        String markdown = PostingMarkdown.render(SamplePostings.hybridInMunich());

        assertEquals("""
                # Senior Data Engineer

                Nordlicht Analytics GmbH · München, Germany (hybrid) · €70,000–85,000 a year

                Full-time

                ## About the role

                Our café-chain data platform serves 40 stores – and it is growing.
                You will own the pipelines that feed our forecasts.

                The team budget includes 1 500 € a year for learning.

                ## What you will do

                - Build and run batch pipelines in Airflow and dbt
                - Model data for the analysts in Snowflake
                - Review code with the other engineers

                ## What you bring

                - Three years of SQL in production
                - Python for data work

                ## Equal opportunity

                We welcome applications from everyone, whatever their background.
                """, markdown);
    }

    @Test
    void anUnapprovedRevisionOpensWithAQuotedNotice() {
        String draft = PostingMarkdown.render(SamplePostings.hybridInMunichUnapproved());

        assertTrue(draft.startsWith("> DRAFT, not approved: revision 3 of this job description is not approved by HR."), draft);
        assertTrue(draft.indexOf("# Senior Data Engineer") > 0, draft);
        assertFalse(PostingMarkdown.render(SamplePostings.hybridInMunich()).contains("DRAFT"), "the approved revision has no notice");
    }

    @Test
    void emptySectionsAreLeftOut() {
        assertFalse(PostingMarkdown.render(SamplePostings.hybridInMunich()).contains(SectionKind.NICE_TO_HAVE.heading()));
    }

    @Test
    void remoteJobsSayRemoteAndTheFactsLineEndsWithoutASalary() {
        String markdown = PostingMarkdown.render(SamplePostings.remoteWithoutSalary());

        assertTrue(markdown.contains("\nFjord \\& Co · Remote (Norway)\n"), markdown);
    }

    @Test
    void titleFactsAndHeadingsAppearAsWritten() {
        Posting posting = new Posting("# Data *Rockstar*", new PostingFacts("<Acme>", Workplace.ON_SITE, new Location("Paris", "FR"),
                new SalaryRange(50_000, 60_000, "chf")), SamplePostings.POSTED, null, null,
                List.of(new PostingSection(SectionKind.SUMMARY, "Hello.")), Posting.Standing.approved(1));

        String markdown = PostingMarkdown.render(posting);

        assertTrue(markdown.startsWith("# \\# Data \\*Rockstar\\*\n\n\\<Acme\\> · Paris, France · CHF 50,000–60,000 a year\n"), markdown);
        Node document = Parser.builder().build().parse(markdown);
        Heading title = (Heading) document.getFirstChild();
        assertEquals(1, title.getLevel());
        assertEquals("# Data *Rockstar*", ((Text) title.getFirstChild()).getLiteral());
        assertEquals("<Acme> · Paris, France · CHF 50,000–60,000 a year", ((Text) title.getNext().getFirstChild()).getLiteral());
    }

    @Test
    void theBodyKeepsItsMarkdownButHtmlInItIsText() {
        Posting posting = new Posting("Analyst", new PostingFacts("Acme", Workplace.ON_SITE, new Location("Paris", "FR"), null), SamplePostings.POSTED, null, null,
                List.of(new PostingSection(SectionKind.SUMMARY, "### Our team\n\n- **SQL** <img src=x onerror=alert(1)>")), Posting.Standing.approved(1));

        String markdown = PostingMarkdown.render(posting);

        assertTrue(markdown.endsWith("\n## About the role\n\n### Our team\n\n- **SQL** \\<img src=x onerror=alert(1)\\>\n"), markdown);
    }

    @Test
    void theExportRoundTrips() {
        String markdown = PostingMarkdown.render(SamplePostings.hybridInMunich());
        Parser parser = Parser.builder().build();

        assertEquals(markdown, SectionBody.markdown(parser.parse(markdown)));
    }
}
