package app.rolewise.library.entity;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamEventReceiverWrapper;
import org.owasp.html.PolicyFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The only HTML the library keeps: paragraphs, emphasis, two heading levels, quotes, lists and plain links.
 * Everything else, scripts and event handlers above all, is removed before the text is stored, whatever
 * entered it (editor, import, restore). The kept HTML is canonical: the same visible text with the same
 * formatting is the same string, so what the editor adds without anybody typing it (its zero-width cursor
 * character, an empty last paragraph) is no change. The role editor's toolbar offers exactly these formats.
 */
public final class RichText {

    /** Block elements: in {@link #plainText} each starts a line. */
    private static final Set<String> BLOCKS = Set.of("p", "h3", "h4", "blockquote", "ul", "ol", "li");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h3", "h4", "blockquote", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            // the rich-text editor (Quill 2) keeps every list as <ol> and says on each item which kind it is
            .allowAttributes("data-list").matching(true, "bullet", "ordered").onElements("li")
            .withPostprocessor(Canonical::new)
            .toFactory();

    /** Empty paragraphs before the first text or after the last one, as the editor leaves them. */
    private static final Pattern EMPTY_EDGES = Pattern.compile("^(?:<p>(?:\\s|<br />)*</p>)+|(?:<p>(?:\\s|<br />)*</p>)+$");

    /** Formatting around nothing, as the editor leaves it where bold was turned on and nothing typed. */
    private static final Pattern EMPTY_FORMATTING = Pattern.compile("<(strong|b|em|i|u)></\\1>");

    private RichText() {
    }

    /** The HTML as the library keeps it, or null if it shows no text. */
    public static String sanitize(String html) {
        if (html == null) {
            return null;
        }
        String safe = POLICY.sanitize(html);
        for (String shorter = EMPTY_FORMATTING.matcher(safe).replaceAll(""); !shorter.equals(safe);
             shorter = EMPTY_FORMATTING.matcher(safe).replaceAll("")) {
            safe = shorter;
        }
        safe = EMPTY_EDGES.matcher(safe.strip()).replaceAll("").strip();
        return isBlank(safe) ? null : safe;
    }

    /**
     * The text a reader sees, without markup: each paragraph, heading and list item on its own line, list
     * items marked (bullet or number), entities decoded. What a history shows of a rich text.
     */
    public static String plainText(String html) {
        if (html == null) {
            return null;
        }
        PlainText text = new PlainText();
        HtmlSanitizer.sanitize(html, POLICY.apply(text));
        return text.toString();
    }

    /** True if the HTML shows no text, such as the editor's empty {@code <p><br></p>}. */
    static boolean isBlank(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&nbsp;", "").replace("&#160;", "").isBlank();
    }

    /**
     * Between the policy and the output: text normalised as {@link Text} does it (so characters nobody sees
     * are no change), and the editor's lists written as HTML lists ({@code <ul>} for bullets, {@code <ol>}
     * for numbers) without its item attribute.
     */
    private static final class Canonical extends HtmlStreamEventReceiverWrapper {

        /** A list element of the input, and the one written for it now (null before its first item). */
        private static final class ListFrame {
            final String given;
            String written;
            int openItems;

            ListFrame(String given) {
                this.given = given;
            }
        }

        private final Deque<ListFrame> lists = new ArrayDeque<>();

        Canonical(HtmlStreamEventReceiver underlying) {
            super(underlying);
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            if (isList(name)) {
                lists.push(new ListFrame(name));
            } else if ("li".equals(name)) {
                openItem(attributes);
            } else {
                beforeListContent();
                underlying.openTag(name, attributes);
            }
        }

        private void openItem(List<String> attributes) {
            ListFrame list = lists.peek();
            if (list != null) {
                String kind = attribute(attributes, "data-list");
                String wanted = kind == null ? list.given : "ordered".equals(kind) ? "ol" : "ul";
                if (!wanted.equals(list.written)) {
                    if (list.written != null) {
                        underlying.closeTag(list.written);
                    }
                    underlying.openTag(wanted, List.of());
                    list.written = wanted;
                }
                list.openItems++;
            }
            underlying.openTag("li", List.of());
        }

        @Override
        public void closeTag(String name) {
            if (isList(name)) {
                ListFrame list = lists.pop();
                if (list.written != null) {
                    underlying.closeTag(list.written);
                }
                return;
            }
            if ("li".equals(name) && !lists.isEmpty()) {
                lists.peek().openItems--;
            }
            underlying.closeTag(name);
        }

        @Override
        public void text(String text) {
            String normalised = Text.normalise(text);
            if (normalised.isEmpty()) {
                return;
            }
            ListFrame list = lists.peek();
            if (list != null && list.openItems == 0 && normalised.isBlank()) {
                return; // the line breaks between a list's items in the source
            }
            beforeListContent();
            underlying.text(normalised);
        }

        /** Content directly in a list that has not been written yet: the list is written as given. */
        private void beforeListContent() {
            ListFrame list = lists.peek();
            if (list != null && list.openItems == 0 && list.written == null) {
                underlying.openTag(list.given, List.of());
                list.written = list.given;
            }
        }

        private static boolean isList(String name) {
            return "ul".equals(name) || "ol".equals(name);
        }

        private static String attribute(List<String> attributes, String name) {
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                if (name.equals(attributes.get(i))) {
                    return attributes.get(i + 1);
                }
            }
            return null;
        }
    }

    /** Collects the text of sanitised HTML, a line a block. */
    private static final class PlainText implements HtmlStreamEventReceiver {

        /** Per open list: the number of its next item, or 0 for a bullet list. */
        private final Deque<Integer> lists = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            if ("br".equals(name)) {
                text.append('\n');
                return;
            }
            if (BLOCKS.contains(name)) {
                newLine();
            }
            switch (name) {
                case "ul" -> lists.push(0);
                case "ol" -> lists.push(1);
                case "li" -> text.append(itemMark());
                default -> {
                }
            }
        }

        private String itemMark() {
            Integer next = lists.poll();
            if (next == null || next == 0) {
                lists.push(next == null ? 0 : next);
                return "• ";
            }
            lists.push(next + 1);
            return next + ". ";
        }

        @Override
        public void closeTag(String name) {
            if ("ul".equals(name) || "ol".equals(name)) {
                lists.poll();
            }
            if (BLOCKS.contains(name)) {
                newLine();
            }
        }

        @Override
        public void text(String chunk) {
            // as a browser shows it: a run of white space is one space
            text.append(chunk.replaceAll("[ \\t\\r\\n\\f]+", " "));
        }

        private void newLine() {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
        }

        @Override
        public String toString() {
            return text.toString().lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("").strip();
        }
    }
}
