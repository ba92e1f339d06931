package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.LanguageReview;
import app.rolewise.hiring.description.entity.LanguageReview.Coding;
import app.rolewise.hiring.description.entity.LanguageReview.Finding;
import app.rolewise.hiring.description.entity.PostingSection;
import app.rolewise.hiring.description.entity.SectionKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds gender-coded words in a posting after Gaucher, Friesen and Kay (2011), whose study found that
 * masculine-coded wording makes a job less appealing to women. The word stems, the neutral suggestions and
 * the data terms that are not flagged live in {@value #WORD_LISTS}, with their source.
 */
public final class InclusiveLanguage {

    public static final String WORD_LISTS = "hiring/gender-coded-words.json";

    /** A word starts after anything but a letter, digit or apostrophe, so "data-driven" holds the word "driven". */
    private static final String WORD_START = "(?<![\\p{L}\\p{N}'’])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Map<String, Coding> codingByStem;
    private final Pattern codedWord;
    private final Pattern exception;
    private final Map<String, String> suggestions;

    private InclusiveLanguage(Map<String, Coding> codingByStem, List<String> exceptions, Map<String, String> suggestions) {
        this.codingByStem = Map.copyOf(codingByStem);
        this.suggestions = Map.copyOf(suggestions);
        // longest first, so "interpersonal" wins over "interpersona" and the finding names the closer stem
        this.codedWord = Pattern.compile(WORD_START + "(" + alternatives(codingByStem.keySet()) + ")\\p{L}*", FLAGS);
        this.exception = exceptions.isEmpty() ? null
                : Pattern.compile(WORD_START + "(?:" + alternatives(exceptions) + ")" + WORD_END, FLAGS);
    }

    private static String alternatives(Collection<String> terms) {
        return terms.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** The lists that ship with Rolewise, read once. */
    public static InclusiveLanguage standard() {
        return Shipped.LISTS;
    }

    private static final class Shipped {
        static final InclusiveLanguage LISTS = read(shippedJson());

        private static String shippedJson() {
            try (InputStream in = InclusiveLanguage.class.getClassLoader().getResourceAsStream(WORD_LISTS)) {
                if (in == null) {
                    throw new IllegalStateException("The word lists " + WORD_LISTS + " are missing from the build");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Word lists in the shape of {@value #WORD_LISTS}. */
    public static InclusiveLanguage read(String json) {
        JsonObject lists;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            lists = reader.readObject();
        }
        Map<String, Coding> codingByStem = new HashMap<>();
        strings(lists, "masculine").forEach(stem -> codingByStem.put(stem, Coding.MASCULINE));
        strings(lists, "masculineJargon").forEach(stem -> codingByStem.put(stem, Coding.MASCULINE));
        for (String stem : strings(lists, "feminine")) {
            if (codingByStem.put(stem, Coding.FEMININE) != null) {
                throw new IllegalArgumentException("The stem \"" + stem + "\" is on both lists");
            }
        }
        List<String> exceptions = new ArrayList<>();
        if (lists.containsKey("exceptions")) {
            lists.getJsonArray("exceptions").getValuesAs(JsonObject.class)
                    .forEach(group -> exceptions.addAll(strings(group, "terms")));
        }
        Map<String, String> suggestions = new HashMap<>();
        if (lists.containsKey("suggestions")) {
            lists.getJsonObject("suggestions").forEach((word, neutral) ->
                    suggestions.put(lower(word), ((JsonString) neutral).getString()));
        }
        return new InclusiveLanguage(codingByStem, exceptions, suggestions);
    }

    private static List<String> strings(JsonObject object, String key) {
        if (!object.containsKey(key) || object.get(key) == JsonValue.NULL) {
            return List.of();
        }
        return object.getJsonArray(key).getValuesAs(JsonString::getString).stream().map(InclusiveLanguage::lower).toList();
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    public LanguageReview review(List<PostingSection> sections) {
        List<Finding> findings = new ArrayList<>();
        sections.forEach(section -> findings.addAll(findingsIn(section.kind(), section.body())));
        return new LanguageReview(findings);
    }

    public LanguageReview review(SectionKind section, String text) {
        return new LanguageReview(findingsIn(section, text == null ? "" : text));
    }

    private List<Finding> findingsIn(SectionKind section, String text) {
        List<int[]> excepted = new ArrayList<>();
        if (exception != null) {
            Matcher term = exception.matcher(text);
            while (term.find()) {
                excepted.add(new int[] {term.start(), term.end()});
            }
        }
        List<Finding> findings = new ArrayList<>();
        Matcher coded = codedWord.matcher(text);
        while (coded.find()) {
            int start = coded.start();
            int end = coded.end();
            if (excepted.stream().anyMatch(span -> span[0] <= start && end <= span[1])) {
                continue;
            }
            String stem = lower(coded.group(1));
            Coding coding = codingByStem.get(stem);
            String word = coded.group();
            Optional<String> suggestion = coding == Coding.MASCULINE
                    ? Optional.ofNullable(suggestions.get(lower(word))) : Optional.empty();
            findings.add(new Finding(section, start, word, stem, coding, suggestion));
        }
        return findings;
    }
}
