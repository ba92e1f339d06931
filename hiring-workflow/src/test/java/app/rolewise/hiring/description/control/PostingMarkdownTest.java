package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.Posting;
import app.rolewise.hiring.description.entity.PostingSection;
import app.rolewise.hiring.description.entity.SalaryRange;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.hiring.description.entity.Workplace;
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

                ## About the role

                Our café-chain data platform serves 40 stores – and it is growing. You will own the pipelines that feed our forecasts.

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
    void emptySectionsAreLeftOut() {
        assertFalse(PostingMarkdown.render(SamplePostings.hybridInMunich()).contains(SectionKind.NICE_TO_HAVE.heading()));
    }

    @Test
    void remoteJobsSayRemoteAndTheFactsLineEndsWithoutASalary() {
        String markdown = PostingMarkdown.render(SamplePostings.remoteWithoutSalary());

        assertTrue(markdown.contains("\nFjord & Co · Remote (Norway)\n"), markdown);
    }

    @Test
    void theAuthorsTextCannotAddHeadingsOrMarkup() {
        Posting posting = new Posting("# Data *Rockstar*", "<Acme>", Workplace.ON_SITE, "Paris", "FR",
                new SalaryRange(50_000, 60_000, "chf"), SamplePostings.POSTED, null, null,
                List.of(new PostingSection(SectionKind.SUMMARY, "## not a heading\n\n- <img src=x>")));

        String markdown = PostingMarkdown.render(posting);

        assertTrue(markdown.startsWith("# \\# Data \\*Rockstar\\*\n\n\\<Acme\\> · Paris, France · CHF 50,000–60,000 a year\n"), markdown);
        assertTrue(markdown.contains("\n\\## not a heading\n"), markdown);
        assertTrue(markdown.contains("\n- \\<img src=x\\>\n"), markdown);
    }
}
