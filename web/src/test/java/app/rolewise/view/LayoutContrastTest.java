package app.rolewise.view;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The colours of Rolewise's stylesheet reach WCAG 2.2 AA contrast (text 4.5:1, a focus ring 3:1), computed as WCAG
 * defines it (relative luminance of sRGB). A rule that sets a text colour and a background is checked as that pair;
 * a text colour without its own background is checked on the two backgrounds text sits on (the page's and a card's
 * white). The overrides of the PrimeFaces theme name the theme's own selectors, so a PrimeFaces upgrade that renames
 * one fails here instead of quietly bringing the theme's 3.1:1 blue back. The browser's own measure, with every
 * colour as the cascade resolves it, is AccessibilityIT's axe-core run.
 */
class LayoutContrastTest {

    private static final Path LAYOUT = Path.of("src/main/webapp/resources/rolewise/layout.css");
    /** web.xml's primefaces.THEME "saga" is served from PrimeFaces' saga-blue folder. */
    private static final String THEME = "META-INF/resources/primefaces-saga-blue/theme.css";

    private static final double TEXT = 4.5;
    private static final double NON_TEXT = 3.0;

    private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b");
    /** rgb() and rgba() as the theme writes them, channels with decimals; an alpha below 1 is no solid colour. */
    private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*([\\d.]+)[,\\s]+([\\d.]+)[,\\s]+([\\d.]+)(?:[,/\\s]+([\\d.]+))?\\s*\\)");
    /** The backgrounds text without its own sits on: the page's and a card's. */
    private static final List<Rgb> PAGE_BACKGROUNDS = List.of(Rgb.parse("#fff").orElseThrow(), Rgb.parse("#f6f7f9").orElseThrow());

    /** A colour in sRGB, 0–255 per channel. */
    record Rgb(int red, int green, int blue) {

        /** The first solid colour written in a value (hex or rgb()), if any. */
        static Optional<Rgb> parse(String text) {
            Matcher hex = HEX.matcher(text);
            Matcher rgb = RGB.matcher(text);
            boolean hasHex = hex.find();
            boolean hasRgb = rgb.find();
            if (hasRgb && (!hasHex || rgb.start() < hex.start())) {
                if (rgb.group(4) != null && Double.parseDouble(rgb.group(4)) < 1) {
                    return Optional.empty();
                }
                return Optional.of(new Rgb(channel(rgb.group(1)), channel(rgb.group(2)), channel(rgb.group(3))));
            }
            if (!hasHex) {
                return Optional.empty();
            }
            String digits = hex.group().substring(1);
            if (digits.length() == 3) {
                digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2) + digits.charAt(2);
            }
            int value = Integer.parseInt(digits, 16);
            return Optional.of(new Rgb(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff));
        }

        private static int channel(String value) {
            return (int) Math.round(Double.parseDouble(value));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
        }

        double luminance() {
            return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
        }

        private static double linear(int channel) {
            double c = channel / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }

        double contrastWith(Rgb other) {
            double lighter = Math.max(luminance(), other.luminance());
            double darker = Math.min(luminance(), other.luminance());
            return (lighter + 0.05) / (darker + 0.05);
        }
    }

    /** One rule: each selector of its list, and its declarations by property. */
    record Rule(List<String> selectors, Map<String, String> declarations) {

        Optional<Rgb> colour(String property) {
            String value = declarations.get(property);
            return value == null ? Optional.empty() : Rgb.parse(value);
        }

        /** The background colour, from background-color or the first colour of the background shorthand. */
        Optional<Rgb> background() {
            return colour("background-color").or(() -> colour("background"));
        }

        boolean declaresBackground() {
            return declarations.containsKey("background") || declarations.containsKey("background-color");
        }

        @Override
        public String toString() {
            return String.join(", ", selectors);
        }
    }

    /** The rules of a stylesheet, those inside @media blocks included; comments left out. */
    static List<Rule> rules(String css) {
        List<Rule> rules = new ArrayList<>();
        collect(css.replaceAll("(?s)/\\*.*?\\*/", ""), rules);
        return rules;
    }

    private static void collect(String css, List<Rule> rules) {
        int at = 0;
        while (true) {
            int open = css.indexOf('{', at);
            if (open < 0) {
                return;
            }
            String prelude = css.substring(at, open).strip();
            int depth = 1;
            int close = open + 1;
            while (depth > 0) {
                char c = css.charAt(close++);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            String body = css.substring(open + 1, close - 1);
            if (prelude.startsWith("@")) {
                collect(body, rules);
            } else {
                Map<String, String> declarations = new LinkedHashMap<>();
                for (String declaration : body.split(";")) {
                    int colon = declaration.indexOf(':');
                    if (colon > 0) {
                        declarations.put(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT), declaration.substring(colon + 1).strip());
                    }
                }
                List<String> selectors = new ArrayList<>();
                for (String selector : prelude.split(",")) {
                    selectors.add(normalised(selector));
                }
                rules.add(new Rule(selectors, declarations));
            }
            at = close;
        }
    }

    /** One space between parts, none around a child combinator, as the minified theme writes them. */
    private static String normalised(String selector) {
        return selector.strip().replaceAll("\\s+", " ").replaceAll("\\s*>\\s*", ">");
    }

    private static List<Rule> layout() throws IOException {
        return rules(Files.readString(LAYOUT));
    }

    private static List<Rule> theme() throws IOException {
        try (InputStream theme = LayoutContrastTest.class.getClassLoader().getResourceAsStream(THEME)) {
            assertNotNull(theme, "PrimeFaces' theme on the class path: " + THEME);
            return rules(new String(theme.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String ratio(double contrast) {
        return String.format(Locale.ROOT, "%.2f:1", contrast);
    }

    @Test
    void everyTextColourOnItsOwnBackgroundReachesFourAndAHalfToOne() throws IOException {
        List<String> tooFaint = new ArrayList<>();
        int pairs = 0;

        for (Rule rule : layout()) {
            Optional<Rgb> text = rule.colour("color");
            Optional<Rgb> background = rule.background();
            if (text.isPresent() && background.isPresent()) {
                pairs++;
                double contrast = text.get().contrastWith(background.get());
                if (contrast < TEXT) {
                    tooFaint.add(rule + ": " + rule.declarations().get("color") + " on " + rule.background().orElseThrow() + " is " + ratio(contrast));
                }
            }
        }

        assertEquals(List.of(), tooFaint);
        assertTrue(pairs > 25, "the stylesheet's text and background pairs were found: " + pairs);
    }

    @Test
    void everyTextColourWithoutABackgroundReadsOnThePageAndOnACard() throws IOException {
        List<String> tooFaint = new ArrayList<>();
        int checked = 0;

        for (Rule rule : layout()) {
            Optional<Rgb> text = rule.colour("color");
            if (text.isPresent() && !rule.declaresBackground()) {
                checked++;
                for (Rgb page : PAGE_BACKGROUNDS) {
                    double contrast = text.get().contrastWith(page);
                    if (contrast < TEXT) {
                        tooFaint.add(rule + ": " + rule.declarations().get("color") + " on " + page + " is " + ratio(contrast));
                    }
                }
            }
        }

        assertEquals(List.of(), tooFaint);
        assertTrue(checked > 15, "text colours without a background were found: " + checked);
    }

    @Test
    void theButtonsFocusRingStandsOutFromThePageAndFromTheButton() throws IOException {
        Rule focus = layout().stream().filter(rule -> rule.selectors().contains("html body .ui-button.ui-state-focus")).findFirst()
                .orElseThrow(() -> new AssertionError("layout.css replaces the theme's focused button"));
        Matcher colours = HEX.matcher(focus.declarations().get("box-shadow"));
        List<Rgb> ring = new ArrayList<>();
        while (colours.find()) {
            ring.add(Rgb.parse(colours.group()).orElseThrow());
        }
        Rgb outer = ring.get(ring.size() - 1);
        Rgb primary = layout().stream().filter(rule -> rule.selectors().contains("html body .ui-button")).findFirst()
                .flatMap(Rule::background).orElseThrow();

        // the outer ring against the page, and the white gap inside it against the button it surrounds
        for (Rgb page : PAGE_BACKGROUNDS) {
            assertTrue(outer.contrastWith(page) >= NON_TEXT, "ring " + outer + " on " + page + ": " + ratio(outer.contrastWith(page)));
        }
        Rgb gap = ring.get(0);
        assertTrue(gap.contrastWith(primary) >= NON_TEXT, "gap " + gap + " beside " + primary + ": " + ratio(gap.contrastWith(primary)));
        assertTrue(gap.contrastWith(outer) >= NON_TEXT, "gap " + gap + " inside " + outer + ": " + ratio(gap.contrastWith(outer)));
    }

    @Test
    void eachOverrideNamesASelectorOfTheThemeThatFellShort() throws IOException {
        List<Rule> theme = theme();
        List<String> notInTheTheme = new ArrayList<>();
        List<String> themeShortfalls = new ArrayList<>();
        int overrides = 0;

        for (Rule rule : layout()) {
            for (String selector : rule.selectors()) {
                if (!selector.startsWith("html body ")) {
                    continue;
                }
                overrides++;
                String themes = selector.substring("html ".length());
                List<Rule> replaced = theme.stream().filter(candidate -> candidate.selectors().contains(themes)).toList();
                if (replaced.isEmpty()) {
                    notInTheTheme.add(themes);
                }
                // what the theme set there, as far as this rule sets it too
                for (Rule original : replaced) {
                    Optional<Rgb> text = original.colour("color");
                    Optional<Rgb> background = original.background();
                    if (text.isPresent() && background.isPresent() && text.get().contrastWith(background.get()) < TEXT) {
                        themeShortfalls.add(themes);
                    }
                }
            }
        }

        assertEquals(List.of(), notInTheTheme, "every \"html body\" selector of layout.css overrides one of the theme's");
        assertTrue(overrides > 15, "the theme overrides were found: " + overrides);
        // the reason the overrides exist: the theme's primary, hover, pressed and secondary buttons fall short
        assertTrue(themeShortfalls.containsAll(List.of("body .ui-button", "body .ui-button.ui-state-hover",
                "body .ui-button.ui-state-active", "body .ui-button.ui-button-secondary", "body .ui-button.ui-button-success")),
                "the theme's shortfalls that layout.css replaces: " + themeShortfalls);
    }

    @Test
    void theContrastFormulaGivesWcagsKnownRatios() {
        Rgb white = Rgb.parse("#ffffff").orElseThrow();

        assertEquals(21.0, Rgb.parse("#000").orElseThrow().contrastWith(white), 0.001);
        assertEquals(1.0, white.contrastWith(white), 0.001);
        // the theme's primary blue with white text, as axe-core measured it on every page
        assertEquals(3.12, Rgb.parse("#2196f3").orElseThrow().contrastWith(white), 0.01);
        assertEquals(4.54, Rgb.parse("#767676").orElseThrow().contrastWith(white), 0.01);
    }
}
