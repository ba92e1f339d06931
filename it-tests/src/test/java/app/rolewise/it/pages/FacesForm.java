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
 * One form of a Faces page read from its HTML, filled in and sent back with a browser's session, as a plain
 * post or as the Ajax request one of its PrimeFaces behaviors sends: what a browser would send, without a
 * browser. Much faster than Selenium for sending many values through many forms; PrimeFaces decodes a button
 * named in the post as pressed, Ajax or not. Also lists what the form lets a person pick rather than type (menus,
 * radio buttons, check boxes, pickers that only take a suggestion) with the values the page offers for each.
 */
public final class FacesForm {

    private static final Set<String> TEXT_TYPES = Set.of("text", "search", "email", "number", "url", "tel", "");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    /** A PrimeFaces Ajax request as the page's scripts hold it: source, then event, form, process and update, if given. */
    private static final Pattern AJAX = Pattern.compile("PrimeFaces\\.ab\\(\\{s:\"([^\"]+)\"([^{}]*)");
    private static final Pattern WIDGET = Pattern.compile("PrimeFaces\\.cw\\(\"(\\w+)\",\"[^\"]*\",\\{id:\"([^\"]+)\"");
    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");

    /**
     * A field whose value is picked, not typed: a menu, a group of radio buttons or check boxes, or a picker that
     * only takes one of its suggestions ({@code picker}: the page does not hold what it offers, its suggestions do).
     *
     * @param name      the parameter the form sends it as
     * @param component the client id of its component, which its Ajax behaviors and the buttons' process name
     */
    public record Choice(String name, String component, List<String> offered, boolean multiple, boolean picker) {
    }

    /**
     * One PrimeFaces Ajax request a page sends: from a button ({@code event} null) or a field's behavior
     * ({@code event} such as valueChange or keyup); {@code process} and {@code update} as the page names them,
     * null when it names none.
     */
    public record Behavior(String source, String event, String process, String update) {

        /** Whether the request processes the component (itself, a container of it, its form, or everything). */
        public boolean processes(String component, String form) {
            return process == null || java.util.Arrays.stream(process.split("[\\s,]+")).anyMatch(processed -> processed.equals(component)
                    || component.startsWith(processed + ":") || processed.equals(form) || processed.equals("@all") || processed.equals("@form"));
        }

        public boolean names(String component) {
            return process != null && java.util.Arrays.asList(process.split("[\\s,]+")).contains(component);
        }
    }

    /** A suggestion box: {@code endpoint} is the address it asks (a servlet), null when it asks its page by Ajax. */
    public record Suggestions(String component, String endpoint) {
    }

    private final String id;
    private final String action;
    private final List<Map.Entry<String, String>> fields = new ArrayList<>();
    private final List<String> freeText = new ArrayList<>();
    private final List<String> notShownBack = new ArrayList<>();
    private final Map<String, Integer> maxLengths = new LinkedHashMap<>();
    private final List<String> buttons = new ArrayList<>();
    private final boolean upload;
    private final List<Choice> choices = new ArrayList<>();
    private final List<Behavior> behaviors = new ArrayList<>();
    private final List<Suggestions> suggestions = new ArrayList<>();

    private FacesForm(Element form, Optional<String> nonce, Page page) {
        this.id = form.id();
        this.action = form.attr("action");
        this.upload = form.attr("enctype").contains("multipart");
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            read(field);
        }
        nonce.ifPresent(value -> fields.add(Map.entry("primefaces.nonce", value)));
        form.select("button[type=submit][name], input[type=submit][name]").forEach(button -> buttons.add(button.attr("name")));
        readChoices(form, page);
        page.behaviors.stream().filter(behavior -> behavior.source().startsWith(id + ":")).forEach(behaviors::add);
    }

    /** What the whole page says about its widgets, which PrimeFaces sets up in scripts outside the forms. */
    private record Page(List<Behavior> behaviors, Map<String, String> widgets) {

        static Page of(String html) {
            // the scripts as the browser reads them, whether in a script element, an attribute or a string
            String scripts = html.replace("&quot;", "\"").replace("\\\"", "\"");
            // each behavior once: the radio buttons of a group all carry their group's
            Set<Behavior> behaviors = new java.util.LinkedHashSet<>();
            Matcher ajax = AJAX.matcher(scripts);
            while (ajax.find()) {
                String rest = ajax.group(2);
                behaviors.add(new Behavior(ajax.group(1), setting(rest, "e"), setting(rest, "p"), setting(rest, "u")));
            }
            // each widget's settings: from its id up to the next widget's
            List<Integer> starts = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            Matcher widget = WIDGET.matcher(scripts);
            while (widget.find()) {
                starts.add(widget.start());
                ids.add(widget.group(2));
            }
            Map<String, String> widgets = new LinkedHashMap<>();
            for (int i = 0; i < starts.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1) : Math.min(scripts.length(), starts.get(i) + 4000);
                widgets.put(ids.get(i), scripts.substring(starts.get(i), end));
            }
            return new Page(List.copyOf(behaviors), widgets);
        }

        private static String setting(String settings, String key) {
            Matcher value = Pattern.compile("(?:^|,)" + key + ":\"([^\"]*)\"").matcher(settings);
            return value.find() ? value.group(1) : null;
        }

        String widget(String component) {
            return widgets.getOrDefault(component, "");
        }
    }

    /**
     * The menus, radio groups and check box groups of the form with the values each offers, and the pickers that
     * only take a suggestion (PrimeFaces' autocomplete with forceSelection). Disabled fields are left out: Faces
     * reads nothing of them.
     */
    private void readChoices(Element form, Page page) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, Boolean> checkBoxes = new LinkedHashMap<>();
        for (Element input : form.select("input[type=radio][name]:not([disabled]), input[type=checkbox][name]:not([disabled])")) {
            groups.computeIfAbsent(input.attr("name"), name -> new ArrayList<>()).add(input.hasAttr("value") ? input.val() : "on");
            checkBoxes.put(input.attr("name"), "checkbox".equalsIgnoreCase(input.attr("type")));
        }
        for (Element select : form.select("select[name]:not([disabled])")) {
            String name = select.attr("name");
            boolean picker = name.endsWith("_hinput");
            String component = name.replaceFirst("_h?input$", "");
            if (picker && !page.widget(component).contains("forceSelection:true")) {
                continue; // a box that also takes typed text: what is typed is its value
            }
            choices.add(new Choice(name, component, select.select("option").eachAttr("value"), select.hasAttr("multiple"), picker));
        }
        groups.forEach((name, values) -> choices.add(new Choice(name, name.replaceFirst("_input$", ""), List.copyOf(values),
                checkBoxes.get(name) && values.size() > 1, false)));
        for (Element box : form.select("input.ui-autocomplete-input[name$=_input]")) {
            String component = box.attr("name").replaceFirst("_input$", "");
            String settings = page.widget(component);
            Matcher endpoint = Pattern.compile("completeEndpoint:\"([^\"]+)\"").matcher(settings);
            suggestions.add(new Suggestions(component, endpoint.find() ? endpoint.group(1) : null));
            boolean single = form.select("input[type=hidden]").stream().anyMatch(hidden -> hidden.attr("name").equals(component + "_hinput"));
            if (single && settings.contains("forceSelection:true")) {
                choices.add(new Choice(component + "_hinput", component, List.of(), false, true));
            }
        }
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
        Page widgets = Page.of(html);
        return page.select("form[id]").stream().map(form -> new FacesForm(form, value, widgets)).toList();
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

    /** What a person picks here rather than types, with the values the page offers for each. */
    public List<Choice> choices() {
        return List.copyOf(choices);
    }

    /** The Ajax requests of a field's behaviors (a pick, a key typed), not of buttons. */
    public List<Behavior> fieldBehaviors() {
        return behaviors.stream().filter(behavior -> behavior.event() != null).toList();
    }

    /** The Ajax request a field sends when picked or typed in, if it sends one. */
    public Optional<Behavior> behaviorOf(String component) {
        return fieldBehaviors().stream().filter(behavior -> behavior.source().equals(component)).findFirst();
    }

    /** The Ajax request a button sends; none for a button that posts the page (ajax="false"). */
    public Optional<Behavior> buttonBehavior(String button) {
        return behaviors.stream().filter(behavior -> behavior.event() == null && behavior.source().equals(button)).findFirst();
    }

    /** The suggestion boxes of the form. */
    public List<Suggestions> suggestions() {
        return List.copyOf(suggestions);
    }

    /** Whether the page keeps no state for this form (a read-only page whose form only navigates). */
    public boolean stateless() {
        return "stateless".equals(value("jakarta.faces.ViewState"));
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

    /** Sends a field once for each value, in order, as a browser sends a list or a field repeated. */
    public FacesForm setAll(String name, List<String> values) {
        fields.removeIf(field -> field.getKey().equals(name));
        values.forEach(value -> fields.add(Map.entry(name, value)));
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

    /**
     * Posts the form as the button's Ajax request does when it processes and updates its form (PrimeFaces' default
     * and {@code update="@form"}): the answer is Faces' partial response.
     */
    public HttpResponse<String> submitAjax(Browser browser, String button) {
        List<Map.Entry<String, String>> sent = new ArrayList<>(fields);
        sent.add(Map.entry("jakarta.faces.partial.ajax", "true"));
        sent.add(Map.entry("jakarta.faces.source", button));
        sent.add(Map.entry("jakarta.faces.partial.execute", id));
        sent.add(Map.entry("jakarta.faces.partial.render", id));
        sent.add(Map.entry(button, button));
        String origin = browser.base().getScheme() + "://" + browser.base().getRawAuthority();
        return browser.postWithSession(action.isEmpty() ? browser.base().getPath() : action, sent,
                Map.of("Origin", origin, "Faces-Request", "partial/ajax"));
    }

    /**
     * Sends the Ajax request of a behavior as PrimeFaces' script does: the whole form, the source, what to
     * process and update, and the event for a field's behavior or the button's name for a button's.
     */
    public HttpResponse<String> send(Browser browser, Behavior behavior) {
        List<Map.Entry<String, String>> sent = new ArrayList<>(fields);
        sent.add(Map.entry("jakarta.faces.partial.ajax", "true"));
        sent.add(Map.entry("jakarta.faces.source", behavior.source()));
        // the page names components with commas; PrimeFaces' script sends them separated by spaces, as Faces reads them
        sent.add(Map.entry("jakarta.faces.partial.execute", behavior.process() == null ? "@all" : behavior.process().replace(',', ' ')));
        if (behavior.update() != null) {
            sent.add(Map.entry("jakarta.faces.partial.render", behavior.update().replace(',', ' ')));
        }
        if (behavior.event() != null) {
            sent.add(Map.entry("jakarta.faces.behavior.event", behavior.event()));
            sent.add(Map.entry("jakarta.faces.partial.event", switch (behavior.event()) {
                case "valueChange" -> "change";
                case "action" -> "click";
                default -> behavior.event();
            }));
        } else {
            sent.add(Map.entry(behavior.source(), behavior.source()));
        }
        return postAjax(browser, sent);
    }

    /** Asks a suggestion box of the form for what matches the text, as its widget does while someone types. */
    public HttpResponse<String> suggest(Browser browser, String component, String text) {
        List<Map.Entry<String, String>> sent = new ArrayList<>(fields);
        sent.add(Map.entry("jakarta.faces.partial.ajax", "true"));
        sent.add(Map.entry("jakarta.faces.source", component));
        sent.add(Map.entry("jakarta.faces.partial.execute", component));
        sent.add(Map.entry("jakarta.faces.partial.render", component));
        sent.add(Map.entry(component, component));
        sent.add(Map.entry(component + "_query", text));
        return postAjax(browser, sent);
    }

    private HttpResponse<String> postAjax(Browser browser, List<Map.Entry<String, String>> sent) {
        String origin = browser.base().getScheme() + "://" + browser.base().getRawAuthority();
        return browser.postWithSession(action.isEmpty() ? browser.base().getPath() : action, sent,
                Map.of("Origin", origin, "Faces-Request", "partial/ajax"));
    }

    /** Whether an answer is Faces' partial response to an Ajax request. */
    public static boolean isPartial(String answer) {
        return answer.contains("<partial-response");
    }

    /** Where a partial response sends the browser next, if it does. */
    public static Optional<String> redirect(String answer) {
        Matcher redirect = REDIRECT.matcher(answer);
        return redirect.find() ? Optional.of(redirect.group(1).replace("&amp;", "&")) : Optional.empty();
    }

    /** The fields as they are now, by name (the first value of each). */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(field -> values.putIfAbsent(field.getKey(), field.getValue()));
        return values;
    }
}
