package app.rolewise.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What no page, Ajax answer or other answer of Rolewise may show a person: a word missing from the bundle (Faces
 * shows it as {@code ???key???}), Faces' default wording for a value it refused, or anything of an exception: a
 * class name such as {@code NullPointerException}, a stack frame, a line of Java source, a server component's
 * message code. Read from the page source, scripts included. Tuned to Rolewise's pages, where none of these is
 * ordinary text: the one exception name every page holds, quoted in the settings of PrimeFaces' Ajax error handler
 * (layout.xhtml), and PrimeFaces' copy of web.xml's error pages by exception type are left out; "Error" or "Exception" as a word of its own is not a class name.
 */
final class LeakedText {

    /** The Ajax error handler's settings name the exception it shows the expiry dialog for. */
    private static final Pattern HANDLER_SETTING = Pattern.compile("exceptionType:\\s*(\"[\\w.$]+\"|'[\\w.$]+')");
    /** PrimeFaces' copy of web.xml's error pages, by exception type: configuration, the same on every page. */
    private static final Pattern ERROR_PAGES_SETTING = Pattern.compile("errorPages:\\{[^}]*\\}");

    private static final Map<String, Pattern> KINDS = kinds();

    private static Map<String, Pattern> kinds() {
        Map<String, Pattern> kinds = new LinkedHashMap<>();
        kinds.put("a missing bundle key", Pattern.compile("\\?\\?\\?[\\w.\\-]*\\?\\?\\?"));
        kinds.put("Faces' default wording", Pattern.compile(
                "Validation Error|Conversion error|must be convertible to an enum|consisting of one or more digits"
                        + "|Value is required|Value is not valid|An error occurred when processing"));
        kinds.put("an exception's name", Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b"));
        kinds.put("a stack frame", Pattern.compile("\\bat [a-z]\\w*(\\.[a-z]\\w*)+\\.[A-Z][\\w$]*\\.[\\w$<>]+\\("));
        kinds.put("a line of Java source", Pattern.compile("\\b\\w+\\.java:\\d+"));
        kinds.put("a Java class", Pattern.compile("\\bjava\\.(lang|util|io|sql|net)\\.[A-Z]\\w*"));
        kinds.put("a server message code", Pattern.compile("\\b(WELD-\\d{6}|WFLY[A-Z]{2,}\\d{4,5}|HHH\\d{6}|UT\\d{6}|ELY\\d{5})\\b"));
        return kinds;
    }

    private LeakedText() {
    }

    /** Each leak in the text, as what kind it is and the text around it; empty when there is none. */
    static List<String> in(String text) {
        String checked = ERROR_PAGES_SETTING.matcher(HANDLER_SETTING.matcher(text).replaceAll("exceptionType:\"\"")).replaceAll("errorPages:{}");
        List<String> found = new ArrayList<>();
        KINDS.forEach((kind, pattern) -> {
            Matcher leak = pattern.matcher(checked);
            if (leak.find()) {
                int from = Math.max(0, leak.start() - 60);
                int to = Math.min(checked.length(), leak.end() + 60);
                found.add(kind + ": '" + checked.substring(from, to).replaceAll("\\s+", " ") + "'");
            }
        });
        return found;
    }
}
