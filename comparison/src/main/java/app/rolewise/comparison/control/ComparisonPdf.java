package app.rolewise.comparison.control;

import app.rolewise.comparison.entity.Aspect;
import app.rolewise.comparison.entity.Comparison;
import app.rolewise.comparison.entity.RolePair;
import app.rolewise.library.entity.FaqEntry;
import app.rolewise.library.entity.Misconception;
import app.rolewise.library.entity.Role;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The comparison as a PDF a hiring team can file or share: the table, the skills shared and apart,
 * and the pair content when there is some. Landscape A4, so four roles fit side by side.
 */
public final class ComparisonPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 8.5f);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8.5f);
    private static final Color HEADER_FILL = new Color(231, 236, 255);

    private ComparisonPdf() {
    }

    /**
     * @param label the words for each part of the page, by message key (the web layer's bundle)
     */
    public static byte[] render(Comparison comparison, Optional<RolePair> pair, Function<String, String> label) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, pdf);
        document.addTitle(title(comparison));
        document.addCreator("Rolewise");
        document.open();
        document.add(new Paragraph(title(comparison), TITLE));
        document.add(new Paragraph(label.apply("compare.similarity") + ": " + comparison.similarityPercent() + "%", TEXT));
        pair.ifPresent(p -> document.add(new Paragraph(p.getVerdict(), HEADING)));
        document.add(Chunk.NEWLINE);
        document.add(table(comparison, label));
        document.add(Chunk.NEWLINE);
        document.add(new Paragraph(label.apply("compare.sharedSkills"), HEADING));
        document.add(new Paragraph(comparison.sharedSkills().isEmpty() ? "—" : String.join(", ", comparison.sharedSkills()), TEXT));
        for (Role role : comparison.roles()) {
            document.add(new Paragraph(label.apply("compare.onlyIn") + " " + role.getName(), HEADING));
            List<String> only = comparison.distinctSkillsOf(role);
            document.add(new Paragraph(only.isEmpty() ? "—" : String.join(", ", only), TEXT));
        }
        pair.ifPresent(p -> addPair(document, p, label));
        document.close();
        return pdf.toByteArray();
    }

    private static String title(Comparison comparison) {
        return String.join(" vs. ", comparison.roles().stream().map(Role::getName).toList());
    }

    private static PdfPTable table(Comparison comparison, Function<String, String> label) {
        int columns = comparison.roles().size() + 1;
        float[] widths = new float[columns];
        widths[0] = 1.1f;
        for (int i = 1; i < columns; i++) {
            widths[i] = 3f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(headerCell(""));
        comparison.roles().forEach(role -> table.addCell(headerCell(role.getName())));
        for (Comparison.Row row : comparison.rows()) {
            PdfPCell name = new PdfPCell(new Phrase(label.apply("aspect." + row.aspect().name()), LABEL));
            name.setPadding(4);
            table.addCell(name);
            for (List<String> items : row.cells()) {
                String text = items.isEmpty() ? "—" : items.size() == 1 && !row.aspect().isSkills() && row.aspect() != Aspect.CAREER_PATH
                        ? items.get(0)
                        : "• " + String.join("\n• ", items);
                PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
                cell.setPadding(4);
                table.addCell(cell);
            }
        }
        return table;
    }

    private static PdfPCell headerCell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, HEADING));
        cell.setBackgroundColor(HEADER_FILL);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPadding(5);
        return cell;
    }

    private static void addPair(Document document, RolePair pair, Function<String, String> label) {
        document.add(Chunk.NEWLINE);
        document.add(new Paragraph(label.apply("pair.overlap"), HEADING));
        document.add(new Paragraph(pair.getOverlap(), TEXT));
        list(document, label.apply("pair.sharedTasks"), pair.getSharedTasks());
        document.add(new Paragraph(label.apply("pair.myths"), HEADING));
        for (Misconception myth : pair.getMyths()) {
            document.add(new Paragraph(label.apply("role.myth") + " " + myth.getMyth(), TEXT));
            document.add(new Paragraph(label.apply("role.reality") + " " + myth.getReality(), TEXT));
        }
        list(document, label.apply("pair.forOrganizations"), pair.getForOrganizations());
        list(document, label.apply("pair.forIndividuals"), pair.getForIndividuals());
        document.add(new Paragraph(label.apply("pair.faq"), HEADING));
        for (FaqEntry entry : pair.getFaq()) {
            document.add(new Paragraph(entry.getQuestion(), LABEL));
            document.add(new Paragraph(entry.getAnswer(), TEXT));
        }
    }

    private static void list(Document document, String heading, List<String> items) {
        document.add(new Paragraph(heading, HEADING));
        items.forEach(item -> document.add(new Paragraph("• " + item, TEXT)));
    }
}
