package app.rolewise.hiring.assessment.control;

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
 * The decision brief as a one-page A4 PDF, in the job posting's type: Liberation Sans, embedded, so names
 * and punctuation print as written.
 */
public final class BriefPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color INK = new Color(33, 37, 41);
    private static final Color MUTED = new Color(95, 99, 104);
    private static final Color ACCENT = new Color(31, 64, 148);
    private static final float MARGIN = 50;

    private BriefPdf() {
    }

    public static byte[] render(DecisionBrief brief) {
        BaseFont sans;
        try {
            sans = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font " + FONT + " is not on the class path", e);
        }
        Font title = new Font(sans, 17, Font.BOLD, INK);
        Font subtitle = new Font(sans, 9, Font.NORMAL, MUTED);
        Font heading = new Font(sans, 11.5f, Font.BOLD, ACCENT);
        Font text = new Font(sans, 9.5f, Font.NORMAL, INK);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en"));
        document.addTitle(brief.title());
        document.addSubject("Decision brief");
        document.addCreator("Rolewise");
        document.open();

        Paragraph head = new Paragraph(brief.title(), title);
        head.setSpacingAfter(3);
        document.add(head);
        document.add(new Paragraph(brief.subtitle(), subtitle));
        document.add(new Chunk(new LineSeparator(0.6f, 100, MUTED, Element.ALIGN_LEFT, -6)));
        for (DecisionBrief.Section section : brief.sections()) {
            Paragraph name = new Paragraph(section.heading(), heading);
            name.setSpacingBefore(11);
            name.setSpacingAfter(3);
            document.add(name);
            for (String line : section.paragraphs()) {
                Paragraph paragraph = new Paragraph(13, line, text);
                paragraph.setSpacingAfter(4);
                document.add(paragraph);
            }
            if (!section.bullets().isEmpty()) {
                List bullets = new List(false, 11);
                bullets.setListSymbol(new Chunk("\u2022", text));
                bullets.setIndentationLeft(4);
                section.bullets().forEach(bullet -> {
                    ListItem item = new ListItem(13, bullet, text);
                    item.setSpacingAfter(2);
                    bullets.add(item);
                });
                Paragraph wrapper = new Paragraph();
                wrapper.add(bullets);
                document.add(wrapper);
            }
        }
        document.close();
        return pdf.toByteArray();
    }
}
