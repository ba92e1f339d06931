package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.Posting;
import app.rolewise.hiring.description.entity.PostingSection;
import app.rolewise.hiring.description.entity.SectionBody;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

import java.util.StringJoiner;

/**
 * The posting as Markdown, for pasting into job boards and wikis: the title as the one top heading, the
 * facts line, then each filled section under its own heading; an unapproved revision opens with a quoted notice
 * saying so. Title, facts and headings are text nodes, so
 * the renderer escapes whatever in them Markdown would read as markup.
 */
public final class PostingMarkdown {

    private PostingMarkdown() {
    }

    public static String render(Posting posting) {
        // each rendered part ends with a line break; one more between them leaves the blank line Markdown needs
        StringJoiner markdown = new StringJoiner("\n");
        DraftNotice.of(posting).ifPresent(notice -> markdown.add(SectionBody.markdown(document(quote(notice)))));
        markdown.add(SectionBody.markdown(document(heading(1, posting.title()), paragraph(FactsLine.line(posting)),
                paragraph(FactsLine.terms(posting)))));
        for (PostingSection section : posting.filledSections()) {
            markdown.add(SectionBody.markdown(document(heading(2, section.heading()))));
            markdown.add(SectionBody.parse(section.body()).markdown());
        }
        return markdown.toString();
    }

    private static Document document(Block... blocks) {
        Document document = new Document();
        for (Block block : blocks) {
            document.appendChild(block);
        }
        return document;
    }

    private static Heading heading(int level, String text) {
        Heading heading = new Heading();
        heading.setLevel(level);
        heading.appendChild(new Text(text));
        return heading;
    }

    private static BlockQuote quote(String text) {
        BlockQuote quote = new BlockQuote();
        quote.appendChild(paragraph(text));
        return quote;
    }

    private static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(new Text(text));
        return paragraph;
    }
}
