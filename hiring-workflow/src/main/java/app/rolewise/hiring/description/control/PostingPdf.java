package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.Posting;
import app.rolewise.hiring.description.entity.PostingSection;
import app.rolewise.hiring.description.entity.SectionBody;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The posting as a PDF to attach or print: A4, the title, the facts line, then each filled section with
 * its heading, paragraphs and lists, emphasis in italics and bold; an unapproved revision has a notice above the
 * title and "DRAFT" across every page. What a page cannot do (follow a link, set
 * code apart) is shown as its text. Text is set in Liberation Sans, embedded, so accents, dashes, currency
 * signs and non-Latin names print as written rather than as the few characters Helvetica has.
 */
public final class PostingPdf {

    /** Ships inside OpenPDF, which falls back to it itself; one regular face, so bold is drawn with a stroke. */
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color INK = new Color(33, 37, 41);
    private static final Color MUTED = new Color(95, 99, 104);
    private static final Color ACCENT = new Color(31, 64, 148);
    /** The draft notice's ink and ground: dark red on pale red, about 8:1 contrast. */
    private static final Color WARNING = new Color(140, 20, 20);
    private static final Color WARNING_GROUND = new Color(253, 236, 236);
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
        document.addAuthor(posting.facts().organisation());
        document.addSubject("Job description");
        document.addCreator("Rolewise");
        DraftNotice.of(posting).ifPresent(notice -> writer.setPageEvent(new DraftMark(fonts.base())));
        document.open();

        DraftNotice.of(posting).ifPresent(notice -> document.add(banner(notice, fonts)));

        Paragraph title = new Paragraph(posting.title(), fonts.title);
        title.setSpacingAfter(4);
        document.add(title);
        Paragraph facts = new Paragraph(FactsLine.line(posting), fonts.facts);
        facts.setSpacingAfter(2);
        document.add(facts);
        Paragraph terms = new Paragraph(FactsLine.terms(posting), fonts.facts);
        terms.setSpacingAfter(2);
        document.add(terms);
        document.add(new Chunk(new LineSeparator(0.6f, 100, MUTED, Element.ALIGN_LEFT, -6)));

        for (PostingSection section : posting.filledSections()) {
            Paragraph heading = new Paragraph(section.heading(), fonts.heading);
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(4);
            document.add(heading);
            for (Node block : SectionBody.parse(section.body()).blocks()) {
                add(block, fonts, document);
            }
        }
        document.close();
        return pdf.toByteArray();
    }

    /** The notice above the title on a tinted ground: the first thing a reader of an unapproved revision sees. */
    private static Paragraph banner(String notice, Fonts fonts) {
        Chunk text = new Chunk(notice, fonts.warning);
        text.setBackground(WARNING_GROUND, 4, 4, 4, 4);
        Paragraph banner = new Paragraph(text);
        banner.setSpacingAfter(14);
        return banner;
    }

    /** "DRAFT" across every page, faint, under the text: a printed page of a draft says so on its own. */
    private static final class DraftMark extends PdfPageEventHelper {

        private final BaseFont font;

        DraftMark(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte under = writer.getDirectContentUnder();
            under.saveState();
            PdfGState faint = new PdfGState();
            faint.setFillOpacity(0.12f);
            under.setGState(faint);
            under.beginText();
            under.setFontAndSize(font, 110);
            under.setColorFill(WARNING);
            under.showTextAligned(Element.ALIGN_CENTER, DraftNotice.mark(), document.getPageSize().getWidth() / 2,
                    document.getPageSize().getHeight() / 2, 45);
            under.endText();
            under.restoreState();
        }
    }

    private static void add(Node block, Fonts fonts, Document document) {
        if (block instanceof BlockQuote) {
            for (Node quoted = block.getFirstChild(); quoted != null; quoted = quoted.getNext()) {
                add(quoted, fonts, document);
            }
        } else if (block instanceof ListBlock items) {
            // a List has no spacing of its own, so it goes into a paragraph that has
            Paragraph wrapper = new Paragraph();
            wrapper.add(list(items, fonts));
            wrapper.setSpacingAfter(4);
            document.add(wrapper);
        } else {
            Paragraph paragraph = new Paragraph(15);
            addText(block, block instanceof Heading ? fonts.strong : fonts.text, paragraph);
            paragraph.setSpacingAfter(6);
            if (!paragraph.isEmpty()) {
                document.add(paragraph);
            }
        }
    }

    private static List list(ListBlock items, Fonts fonts) {
        List list = new List(items instanceof OrderedList, 12);
        if (items instanceof OrderedList ordered) {
            list.setListSymbol(new Chunk("", fonts.text));
            list.setFirst(ordered.getMarkerStartNumber());
        } else {
            list.setListSymbol(new Chunk("•", fonts.text));
        }
        list.setIndentationLeft(6);
        for (Node item = items.getFirstChild(); item != null; item = item.getNext()) {
            ListItem listItem = new ListItem(15);
            for (Node content = item.getFirstChild(); content != null; content = content.getNext()) {
                if (content instanceof ListBlock nested) {
                    listItem.add(list(nested, fonts));
                } else {
                    if (!listItem.isEmpty()) {
                        listItem.add(Chunk.NEWLINE);
                    }
                    addText(content, fonts.text, listItem);
                }
            }
            listItem.setSpacingAfter(2);
            list.add(listItem);
        }
        return list;
    }

    /** The text of a block as chunks: emphasis in italics, strong emphasis in bold, everything else plain. */
    private static void addText(Node block, Font font, Phrase into) {
        block.accept(new AbstractVisitor() {
            private Font current = font;

            @Override
            public void visit(Text text) {
                chunk(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                chunk(code.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock code) {
                chunk(code.getLiteral().stripTrailing());
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                chunk(code.getLiteral().stripTrailing());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                chunk(" ");
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                chunk("\n");
            }

            @Override
            public void visit(Emphasis emphasis) {
                styled(emphasis, Font.ITALIC);
            }

            @Override
            public void visit(StrongEmphasis strong) {
                styled(strong, Font.BOLD);
            }

            private void chunk(String text) {
                into.add(new Chunk(text, current));
            }

            /** The face has no italic or bold of its own: OpenPDF slants the one and strokes the other. */
            private void styled(Node node, int style) {
                Font outer = current;
                current = new Font(outer.getBaseFont(), outer.getSize(), outer.getStyle() | style, outer.getColor());
                visitChildren(node);
                current = outer;
            }
        });
    }

    private record Fonts(BaseFont base, Font title, Font facts, Font heading, Font text, Font strong, Font warning) {

        static Fonts load() {
            BaseFont sans;
            try {
                sans = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException("The PDF font " + FONT + " is not on the class path", e);
            }
            return new Fonts(sans, new Font(sans, 20, Font.BOLD, INK), new Font(sans, 10, Font.NORMAL, MUTED),
                    new Font(sans, 12.5f, Font.BOLD, ACCENT), new Font(sans, 10.5f, Font.NORMAL, INK),
                    new Font(sans, 10.5f, Font.BOLD, INK), new Font(sans, 10.5f, Font.NORMAL, WARNING));
        }
    }
}
