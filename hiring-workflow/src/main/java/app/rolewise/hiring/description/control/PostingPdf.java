package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.control.SectionBody.Block;
import app.rolewise.hiring.description.control.SectionBody.BulletList;
import app.rolewise.hiring.description.entity.Posting;
import app.rolewise.hiring.description.entity.PostingSection;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The posting as a PDF to attach or print: A4, the title, the facts line, then each filled section with
 * its heading, paragraphs and bullet lists. Text is set in Liberation Sans, embedded, so accents, dashes,
 * currency signs and non-Latin names print as written rather than as the few characters Helvetica has.
 */
public final class PostingPdf {

    /** Ships inside OpenPDF, which falls back to it itself; one regular face, so bold is drawn with a stroke. */
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color INK = new Color(33, 37, 41);
    private static final Color MUTED = new Color(95, 99, 104);
    private static final Color ACCENT = new Color(31, 64, 148);
    private static final float MARGIN = 56;

    private PostingPdf() {
    }

    public static byte[] render(Posting posting) {
        Fonts fonts = Fonts.load();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        // the language lets screen readers pick the right voice
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en"));
        document.addTitle(posting.title());
        document.addAuthor(posting.organisation());
        document.addSubject("Job description");
        document.addCreator("Rolewise");
        document.open();

        Paragraph title = new Paragraph(posting.title(), fonts.title);
        title.setSpacingAfter(4);
        document.add(title);
        Paragraph facts = new Paragraph(FactsLine.line(posting), fonts.facts);
        facts.setSpacingAfter(2);
        document.add(facts);
        document.add(new Chunk(new LineSeparator(0.6f, 100, MUTED, Element.ALIGN_LEFT, -6)));

        for (PostingSection section : posting.filledSections()) {
            Paragraph heading = new Paragraph(section.heading(), fonts.heading);
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(4);
            document.add(heading);
            for (Block block : SectionBody.parse(section.body()).blocks()) {
                document.add(element(block, fonts));
            }
        }
        document.close();
        return pdf.toByteArray();
    }

    private static Element element(Block block, Fonts fonts) {
        if (block instanceof BulletList bullets) {
            List list = new List(false, 12);
            list.setListSymbol(new Chunk("•", fonts.text));
            list.setIndentationLeft(6);
            for (String item : bullets.items()) {
                ListItem listItem = new ListItem(15, item, fonts.text);
                listItem.setSpacingAfter(2);
                list.add(listItem);
            }
            // a List has no spacing of its own, so it goes into a paragraph that has
            Paragraph wrapper = new Paragraph();
            wrapper.add(list);
            wrapper.setSpacingAfter(4);
            return wrapper;
        }
        Paragraph paragraph = new Paragraph(15, ((SectionBody.Paragraph) block).text(), fonts.text);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    private record Fonts(Font title, Font facts, Font heading, Font text) {

        static Fonts load() {
            BaseFont sans;
            try {
                sans = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException("The PDF font " + FONT + " is not on the class path", e);
            }
            return new Fonts(new Font(sans, 20, Font.BOLD, INK), new Font(sans, 10, Font.NORMAL, MUTED),
                    new Font(sans, 12.5f, Font.BOLD, ACCENT), new Font(sans, 10.5f, Font.NORMAL, INK));
        }
    }
}
