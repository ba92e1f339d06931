package app.rolewise.it.pages;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One form of a Faces page read from its HTML, filled in and sent back as a plain (non-Ajax) post with a
 * browser's session: what a browser would send, without a browser. Much faster than Selenium for sending
 * many values through many forms; PrimeFaces decodes a button named in the post as pressed, Ajax or not.
 */
public final class FacesForm {

    private static final Set<String> TEXT_TYPES = Set.of("text", "search", "email", "number", "url", "tel", "");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final String id;
    private final String action;
    private final List<Map.Entry<String, String>> fields = new ArrayList<>();
    private final List<String> freeText = new ArrayList<>();
    private final List<String> notShownBack = new ArrayList<>();
    private final Map<String, Integer> maxLengths = new LinkedHashMap<>();
    private final List<String> buttons = new ArrayList<>();
    private final boolean upload;

    private FacesForm(Element form, Optional<String> nonce) {
        this.id = form.id();
        this.action = form.attr("action");
        this.upload = form.attr("enctype").contains("multipart");
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            read(field);
        }
        nonce.ifPresent(value -> fields.add(Map.entry("primefaces.nonce", value)));
        form.select("button[type=submit][name], input[type=submit][name]").forEach(button -> buttons.add(button.attr("name")));
    }

    private void read(Element field) {
        String name = field.attr("name");
        if (field.attr("maxlength").matches("\\d+")) {
            maxLengths.put(name, Integer.parseInt(field.attr("maxlength")));
        }
        boolean editable = !field.hasAttr("readonly") && !field.hasAttr("disabled");
        switch (field.tagName()) {
            case "textarea" -> {
                fields.add(Map.entry(name, field.val()));
                if (editable) {
                    freeText.add(name);
                }
            }
            case "select" -> {
                var selected = field.select("option[selected]");
                if (selected.isEmpty() && !field.hasAttr("multiple") && !field.select("option").isEmpty()) {
                    selected = field.select("option").first().select("*");
                }
                selected.forEach(option -> fields.add(Map.entry(name, option.val())));
            }
            default -> {
                String type = field.attr("type").toLowerCase();
                if (Set.of("submit", "button", "image", "reset", "file").contains(type)
                        || (Set.of("checkbox", "radio").contains(type) && !field.hasAttr("checked"))) {
                    return;
                }
                fields.add(Map.entry(name, Set.of("checkbox", "radio").contains(type) && field.val().isEmpty() ? "on" : field.val()));
                boolean typed = TEXT_TYPES.contains(type) && !name.endsWith("_filter") && !name.endsWith("_focus");
                // a number field and a rich-text editor send their value in a hidden input next to what the user
                // sees; the number field shows its stored value again when the sent one is not a number
                boolean widget = field.parent() != null && (field.parent().hasClass("ui-inputnumber") || field.parent().hasClass("ui-texteditor"));
                boolean hiddenValue = widget && "hidden".equals(type) && (name.endsWith("_hinput") || field.parent().hasClass("ui-texteditor"));
                if (editable && (typed || hiddenValue)) {
                    freeText.add(name);
                }
                // a widget's hidden value, and a picker's search text, which is not a value of the form
                boolean picker = field.hasClass("ui-autocomplete-input") || field.parent() != null && field.parent().hasClass("ui-autocomplete-input-token");
                if (widget || picker) {
                    notShownBack.add(name);
                }
            }
        }
    }

    /** Every form of a page. */
    public static List<FacesForm> all(String html) {
        Document page = Jsoup.parse(html);
        Matcher nonce = NONCE.matcher(html);
        Optional<String> value = nonce.find() ? Optional.of(nonce.group(1)) : Optional.empty();
        return page.select("form[id]").stream().map(form -> new FacesForm(form, value)).toList();
    }

    /** The form with that id on the page. */
    public static FacesForm of(String html, String formId) {
        return all(html).stream().filter(form -> form.id.equals(formId)).findFirst()
                .orElseThrow(() -> new AssertionError("no form " + formId + " on the page"));
    }

    public String id() {
        return id;
    }

    /** Posts files (an import): not sent by this class. */
    public boolean uploads() {
        return upload;
    }

    /** The names of the fields someone types into (text fields, text areas, number fields, rich text). */
    public List<String> freeTextFields() {
        return List.copyOf(freeText);
    }

    /**
     * Of those, the ones whose text the page shows back as typed (not a widget's hidden value, not the
     * search text of a picker).
     */
    public List<String> visibleTextFields() {
        return freeText.stream().filter(name -> !notShownBack.contains(name)).toList();
    }

    /** The names of the submit buttons. */
    public List<String> buttons() {
        return List.copyOf(buttons);
    }

    /** The first value the form would send for a field; empty when it has none. */
    public String value(String name) {
        return fields.stream().filter(field -> field.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse("");
    }

    /**
     * Sets a field (every value of it), adding it if the page did not render it (a select's choice); cut
     * to the field's maxlength, as a browser cuts what is typed or pasted.
     */
    public FacesForm set(String name, String value) {
        String kept = value;
        Integer max = maxLengths.get(name);
        if (max != null && value.length() > max) {
            kept = value.substring(0, Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max);
        }
        fields.removeIf(field -> field.getKey().equals(name));
        fields.add(Map.entry(name, kept));
        return this;
    }

    /** Posts the form as if that button was pressed (null: no button, as a change event would). */
    public HttpResponse<String> submit(Browser browser, String button) {
        List<Map.Entry<String, String>> sent = new ArrayList<>(fields);
        if (button != null) {
            sent.add(Map.entry(button, button));
        }
        String origin = browser.base().getScheme() + "://" + browser.base().getRawAuthority();
        return browser.postWithSession(action.isEmpty() ? browser.base().getPath() : action, sent, Map.of("Origin", origin));
    }

    /** The fields as they are now, by name (the first value of each). */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(field -> values.putIfAbsent(field.getKey(), field.getValue()));
        return values;
    }
}
