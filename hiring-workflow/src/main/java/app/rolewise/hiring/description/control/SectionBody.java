package app.rolewise.hiring.description.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section body read by the posting format: paragraphs separated by a blank line, lines starting with
 * "- " form a bulleted list, and the other lines of a paragraph run on as one. Every export (HTML,
 * Markdown, PDF) and every check reads bodies through here, so the format has one set of rules.
 */
public record SectionBody(List<Block> blocks) {

    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");
    private static final String BULLET = "- ";
    /** Markdown characters that can open markup anywhere in a line. */
    private static final Pattern MARKDOWN_INLINE = Pattern.compile("[\\\\`*_\\[\\]<>~]");
    /** Only an ampersand that starts an entity ("&amp;", "&#39;") would be read as one. */
    private static final Pattern MARKDOWN_ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    /** What would turn the start of a line into a heading, list, quote or rule. */
    private static final Pattern MARKDOWN_LINE_START = Pattern.compile("^([#+=|-]|\\d+(?=[.)]))");

    /** One block of a body: a paragraph or a bulleted list. */
    public sealed interface Block permits Paragraph, BulletList {
    }

    /** Running text; the lines the author broke are joined with a space. */
    public record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The items of a bulleted list, without their "- " markers. */
    public record BulletList(List<String> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    public SectionBody {
        blocks = List.copyOf(blocks);
    }

    public static SectionBody parse(String body) {
        List<Block> blocks = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return new SectionBody(blocks);
        }
        for (String chunk : BLANK_LINE.split(body.strip())) {
            List<String> paragraph = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (String rawLine : chunk.lines().toList()) {
                String line = rawLine.strip();
                if (line.startsWith(BULLET) || line.equals("-")) {
                    addParagraph(blocks, paragraph);
                    String item = line.substring(1).strip();
                    if (!item.isEmpty()) {
                        items.add(item);
                    }
                } else if (!line.isEmpty()) {
                    addList(blocks, items);
                    paragraph.add(line);
                }
            }
            addParagraph(blocks, paragraph);
            addList(blocks, items);
        }
        return new SectionBody(blocks);
    }

    private static void addParagraph(List<Block> blocks, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new Paragraph(String.join(" ", lines)));
            lines.clear();
        }
    }

    private static void addList(List<Block> blocks, List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new BulletList(items));
            items.clear();
        }
    }

    /** Every paragraph and every bullet item, in reading order: the units of readability. */
    public List<String> textUnits() {
        List<String> units = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                units.add(paragraph.text());
            } else if (block instanceof BulletList list) {
                units.addAll(list.items());
            }
        }
        return units;
    }

    /** The body as HTML with every character of the author's text escaped, so it can never carry markup. */
    public String html() {
        StringBuilder html = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                html.append("<p>").append(escapeHtml(paragraph.text())).append("</p>");
            } else if (block instanceof BulletList list) {
                html.append("<ul>");
                list.items().forEach(item -> html.append("<li>").append(escapeHtml(item)).append("</li>"));
                html.append("</ul>");
            }
        }
        return html.toString();
    }

    /** The body as Markdown; the author's text is escaped, so a "*" or "<b>" shows as written. */
    public String markdown() {
        List<String> parts = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                parts.add(escapeMarkdown(paragraph.text()));
            } else if (block instanceof BulletList list) {
                parts.add(String.join("\n", list.items().stream().map(item -> BULLET + escapeMarkdown(item)).toList()));
            }
        }
        return String.join("\n\n", parts);
    }

    public static String escapeHtml(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Escapes one line of text; the exports never put the author's line breaks into Markdown. */
    public static String escapeMarkdown(String text) {
        String inline = MARKDOWN_INLINE.matcher(text).replaceAll(match -> "\\\\" + Matcher.quoteReplacement(match.group()));
        String entities = MARKDOWN_ENTITY.matcher(inline).replaceAll("\\\\&");
        return MARKDOWN_LINE_START.matcher(entities).replaceFirst(match -> Matcher.quoteReplacement(
                match.group().chars().allMatch(Character::isDigit) ? match.group() + "\\" : "\\" + match.group()));
    }
}
