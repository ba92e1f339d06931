package app.rolewise.hiring.assessment.control;

import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * The decision brief as Markdown, to paste into an email, a ticket or a wiki page. The brief's words are
 * text nodes, so the renderer escapes whatever in them Markdown would read as markup.
 */
public final class BriefMarkdown {

    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().build();

    private BriefMarkdown() {
    }

    public static String render(DecisionBrief brief) {
        Document document = new Document();
        document.appendChild(heading(1, brief.title()));
        document.appendChild(paragraph(with(new Emphasis("_"), text(brief.subtitle()))));
        for (DecisionBrief.Section section : brief.sections()) {
            document.appendChild(heading(2, section.heading()));
            section.paragraphs().forEach(paragraph -> document.appendChild(paragraph(text(paragraph))));
            if (!section.bullets().isEmpty()) {
                BulletList bullets = new BulletList();
                bullets.setMarker("-");
                bullets.setTight(true);
                section.bullets().forEach(bullet -> bullets.appendChild(with(new ListItem(), paragraph(text(bullet)))));
                document.appendChild(bullets);
            }
        }
        return MARKDOWN.render(document);
    }

    private static Heading heading(int level, String text) {
        Heading heading = new Heading();
        heading.setLevel(level);
        return with(heading, text(text));
    }

    private static Paragraph paragraph(Node content) {
        return with(new Paragraph(), content);
    }

    /** Markdown would keep a line break inside a text as "&#10;"; the brief's texts read as one line. */
    private static Text text(String text) {
        return new Text(text.replace('\n', ' '));
    }

    private static <T extends Node> T with(T parent, Node child) {
        parent.appendChild(child);
        return parent;
    }
}
