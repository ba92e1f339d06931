package app.rolewise.hiring.description.entity;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A section body: CommonMark, parsed once. Every export (HTML, Markdown, PDF) and every check reads bodies
 * through here, so the format has one set of rules. HTML the author typed is text, never markup: the parse
 * turns it into text, so every export shows it as typed.
 */
public final class SectionBody {

    private static final Parser PARSER = Parser.builder()
            // all but HTML blocks: a line that starts with a tag is a paragraph, Markdown in it still counts
            .enabledBlockTypes(Set.of(Heading.class, FencedCodeBlock.class, ThematicBreak.class, BlockQuote.class,
                    ListBlock.class, IndentedCodeBlock.class))
            .postProcessor(SectionBody::htmlAsText)
            .build();
    /** escapeHtml also covers raw HTML that got past the parse; sanitizeUrls keeps only http(s), mailto and data links. */
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().build();

    private final Node document;

    private SectionBody(Node document) {
        this.document = document;
    }

    public static SectionBody parse(String body) {
        return new SectionBody(PARSER.parse(body == null ? "" : body));
    }

    private static Node htmlAsText(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                html.insertBefore(new Text(html.getLiteral()));
                html.unlink();
            }
        });
        return document;
    }

    /** The top-level blocks in reading order, for exports that lay the body out themselves. */
    public List<Node> blocks() {
        List<Node> blocks = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            blocks.add(block);
        }
        return blocks;
    }

    /** The text of every paragraph and heading, a bullet item's included, in reading order: the units of readability. */
    public List<String> textUnits() {
        List<String> units = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                units.add(text(paragraph));
            }

            @Override
            public void visit(Heading heading) {
                units.add(text(heading));
            }
        });
        return units;
    }

    /** The words of a block as a reader sees them: no markup, link targets left out, line breaks as spaces. */
    private static String text(Node block) {
        StringBuilder text = new StringBuilder();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                text.append(' ');
            }
        });
        return text.toString();
    }

    public String html() {
        return HTML.render(document);
    }

    public String markdown() {
        return MARKDOWN.render(document);
    }

    /** A document an export builds around the bodies (its headings, its facts line), as Markdown by the same rules. */
    public static String markdown(Node document) {
        return MARKDOWN.render(document);
    }
}
