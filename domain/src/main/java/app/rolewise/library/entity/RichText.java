package app.rolewise.library.entity;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The only HTML the library keeps: paragraphs, emphasis, lists and plain links. Everything else, scripts
 * and event handlers above all, is removed before the text is stored, whatever entered it (editor,
 * import, restore).
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h3", "h4", "blockquote", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private RichText() {
    }

    public static String sanitize(String html) {
        if (html == null) {
            return null;
        }
        String safe = POLICY.sanitize(html).strip();
        return isBlank(safe) ? null : safe;
    }

    /** True if the HTML shows no text, such as the editor's empty {@code <p><br></p>}. */
    static boolean isBlank(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&nbsp;", "").replace("&#160;", "").isBlank();
    }
}
