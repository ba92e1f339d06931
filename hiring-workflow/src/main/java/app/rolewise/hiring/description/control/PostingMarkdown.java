package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.Posting;
import app.rolewise.hiring.description.entity.PostingSection;

/**
 * The posting as Markdown, for pasting into job boards and wikis: the title as the one top heading, the
 * facts line, then each filled section under its own heading.
 */
public final class PostingMarkdown {

    private PostingMarkdown() {
    }

    public static String render(Posting posting) {
        StringBuilder markdown = new StringBuilder();
        markdown.append("# ").append(SectionBody.escapeMarkdown(posting.title())).append("\n\n");
        markdown.append(SectionBody.escapeMarkdown(FactsLine.line(posting))).append('\n');
        for (PostingSection section : posting.filledSections()) {
            markdown.append("\n## ").append(SectionBody.escapeMarkdown(section.heading())).append("\n\n");
            markdown.append(SectionBody.parse(section.body()).markdown()).append('\n');
        }
        return markdown.toString();
    }
}
