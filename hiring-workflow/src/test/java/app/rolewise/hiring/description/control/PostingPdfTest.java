package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.Location;
import app.rolewise.hiring.description.entity.Posting;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.PostingSection;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.hiring.description.entity.Workplace;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the PDF back with PDFBox, as a person's viewer would, and checks what it says. */
class PostingPdfTest {

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // in content order: OpenPDF draws a list's bullet signs before its items, and sorting by position
            // would merge the blank it draws for paragraph spacing into the line above
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theJobDescriptionReadsInOrderWithHeadingsBulletsAndSalary() throws IOException {
        byte[] pdf = PostingPdf.render(SamplePostings.hybridInMunich());
        String text = text(pdf);

        List<String> inReadingOrder = List.of(
                "Senior Data Engineer",
                "Nordlicht Analytics GmbH · München, Germany (hybrid) · €70,000–85,000 a year",
                "About the role",
                "Our café-chain data platform serves 40 stores – and it is growing.",
                "The team budget includes 1 500 € a year for learning.",
                "What you will do",
                "Build and run batch pipelines in Airflow and dbt",
                "Review code with the other engineers",
                "What you bring",
                "Python for data work",
                "Equal opportunity");
        int from = 0;
        for (String expected : inReadingOrder) {
            int at = text.indexOf(expected, from);
            assertTrue(at >= 0, "\"" + expected + "\" is missing or out of order in:\n" + text);
            from = at + expected.length();
        }
        assertFalse(text.contains(SectionKind.NICE_TO_HAVE.heading()), "empty sections are left out");
        assertEquals(5, text.chars().filter(c -> c == '•').count(), "one bullet sign per list item:\n" + text);
    }

    @Test
    void anUnapprovedRevisionSaysSoAboveTheTitleAndAcrossThePage() throws IOException {
        byte[] draft = PostingPdf.render(SamplePostings.hybridInMunichUnapproved());
        byte[] approved = PostingPdf.render(SamplePostings.hybridInMunich());

        // the notice is read by position: PDFBox's content order leaves out text set on a tinted ground
        String onThePage = textByPosition(draft);
        assertTrue(onThePage.startsWith("DRAFT, not approved: revision 3 of this job description is not approved by HR."), onThePage);
        assertTrue(onThePage.indexOf("not approved") < onThePage.indexOf("Data Engineer"), onThePage);
        assertTrue(text(draft).startsWith("DRAFT"), "the mark across the page, drawn under the text first:\n" + text(draft));
        assertFalse(text(approved).contains("DRAFT") || textByPosition(approved).contains("DRAFT"), "the approved revision is unmarked");
    }

    private static String textByPosition(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    @Test
    void itIsOnePageWithTitleAndAuthorInItsProperties() throws IOException {
        try (PDDocument document = Loader.loadPDF(PostingPdf.render(SamplePostings.hybridInMunich()))) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals("Senior Data Engineer", document.getDocumentInformation().getTitle());
            assertEquals("Nordlicht Analytics GmbH", document.getDocumentInformation().getAuthor());
            assertEquals("Rolewise", document.getDocumentInformation().getCreator());
            assertEquals("en", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void textBeyondWesternEuropeSurvives() throws IOException {
        Posting posting = new Posting("Inżynier danych – Łódź", new PostingFacts("Żabka Polska", Workplace.REMOTE, new Location(null, "PL"), null),
                SamplePostings.POSTED, null, null,
                List.of(new PostingSection(SectionKind.SUMMARY, "- Praca zdalna → Ελλάδα, Київ")), Posting.Standing.approved(1));

        String text = text(PostingPdf.render(posting));

        assertTrue(text.contains("Inżynier danych – Łódź"), text);
        assertTrue(text.contains("Żabka Polska · Remote (Poland)"), text);
        assertTrue(text.contains("Praca zdalna → Ελλάδα, Київ"), text);
    }

    @Test
    void htmlInTheTextIsPrintedAndMarkdownIsObeyed() throws IOException {
        Posting posting = new Posting("<b>Data</b> *Analyst*", new PostingFacts("Acme", Workplace.ON_SITE, new Location("Oslo", "NO"), null),
                SamplePostings.POSTED, null, null, List.of(new PostingSection(SectionKind.SUMMARY, """
                        Use <i>SQL</i> & *Python*, see [our stack](https://example.org/stack).

                        1. Apply
                        2. Talk to `us`""")), Posting.Standing.approved(1));

        String text = text(PostingPdf.render(posting));

        assertTrue(text.contains("<b>Data</b> *Analyst*"), "the title is text, not Markdown: " + text);
        assertTrue(text.contains("Use <i>SQL</i> & Python, see our stack."), text);
        assertFalse(text.contains("example.org"), text);
        // like bullet signs, the numbers come before the items in content order
        assertTrue(text.contains("1.\n2.\n"), text);
        assertTrue(text.contains("\nApply \nTalk to us"), text);
    }
}
