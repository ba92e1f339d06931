package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.Posting;
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
        Posting posting = new Posting("Inżynier danych – Łódź", "Żabka Polska", Workplace.REMOTE, null, "PL", null,
                SamplePostings.POSTED, null, null,
                List.of(new PostingSection(SectionKind.SUMMARY, "- Praca zdalna → Ελλάδα, Київ")));

        String text = text(PostingPdf.render(posting));

        assertTrue(text.contains("Inżynier danych – Łódź"), text);
        assertTrue(text.contains("Żabka Polska · Remote (Poland)"), text);
        assertTrue(text.contains("Praca zdalna → Ελλάδα, Київ"), text);
    }

    @Test
    void markupInTheTextIsPrintedNotObeyed() throws IOException {
        Posting posting = new Posting("<b>Data</b> Analyst", "Acme", Workplace.ON_SITE, "Oslo", "NO", null,
                SamplePostings.POSTED, null, null, List.of(new PostingSection(SectionKind.SUMMARY, "Use <i>SQL</i> & *Python*")));

        String text = text(PostingPdf.render(posting));

        assertTrue(text.contains("<b>Data</b> Analyst"), text);
        assertTrue(text.contains("Use <i>SQL</i> & *Python*"), text);
    }
}
