package app.rolewise.hiring.assessment.control;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The decision brief as Markdown, to paste into an email, a ticket or a wiki page.
 */
public final class BriefMarkdown {

    private BriefMarkdown() {
    }

    public static String render(DecisionBrief brief) {
        List<String> blocks = new ArrayList<>(List.of("# " + plain(brief.title()), "_" + plain(brief.subtitle()) + "_"));
        for (DecisionBrief.Section section : brief.sections()) {
            blocks.add("## " + plain(section.heading()));
            section.paragraphs().forEach(paragraph -> blocks.add(plain(paragraph)));
            if (!section.bullets().isEmpty()) {
                blocks.add(section.bullets().stream().map(bullet -> "- " + plain(bullet)).collect(Collectors.joining("\n")));
            }
        }
        return String.join("\n\n", blocks) + "\n";
    }

    /** Text as written, with the characters Markdown would read as formatting escaped. */
    static String plain(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]#<>|])", "\\\\$1").replace("\n", " ");
    }
}
