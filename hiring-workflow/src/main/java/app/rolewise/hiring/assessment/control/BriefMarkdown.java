package app.rolewise.hiring.assessment.control;

/**
 * The decision brief as Markdown, to paste into an email, a ticket or a wiki page.
 */
public final class BriefMarkdown {

    private BriefMarkdown() {
    }

    public static String render(DecisionBrief brief) {
        StringBuilder markdown = new StringBuilder("# ").append(plain(brief.title())).append("\n\n_")
                .append(plain(brief.subtitle())).append("_\n");
        for (DecisionBrief.Section section : brief.sections()) {
            markdown.append("\n## ").append(plain(section.heading())).append("\n\n");
            section.paragraphs().forEach(paragraph -> markdown.append(plain(paragraph)).append("\n\n"));
            section.bullets().forEach(bullet -> markdown.append("- ").append(plain(bullet)).append('\n'));
            if (!section.bullets().isEmpty()) {
                markdown.append('\n');
            }
        }
        return markdown.toString().stripTrailing() + "\n";
    }

    /** Text as written, with the characters Markdown would read as formatting escaped. */
    static String plain(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]#<>|])", "\\\\$1").replace("\n", " ");
    }
}
