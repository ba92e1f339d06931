package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.PostingSection;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.hiring.description.entity.WordingAdvice;
import app.rolewise.hiring.description.entity.WordingAdvice.Kind;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wording a recruiter would change, beyond gender-coded words: hype and jargon, phrasing that shuts people out
 * (both from {@value #RULES}), and requirements heavier than the job's seniority calls for: more years of
 * experience than the level implies, or a must-have list so long that capable people who miss one item do
 * not apply.
 */
public final class WordingRules {

    public static final String RULES = "hiring/wording-rules.properties";

    /** Must-haves beyond this many make a capable candidate who misses one of them stay away. */
    static final int MUST_HAVES_AT_MOST = 8;

    /** The years of experience a level implies at most, by the word its title starts with; other titles are mid-level. */
    private static final Map<String, Integer> YEARS_BY_LEVEL = Map.of("junior", 2, "senior", 8, "lead", 12, "principal", 15);
    private static final int MID_LEVEL_YEARS = 5;

    private static final Pattern YEARS = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,2})\\s*\\+?\\s*(?:or more\\s+)?years?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+\\S", Pattern.MULTILINE);

    private record Rule(String id, Kind kind, Pattern pattern) {
    }

    private final List<Rule> rules;

    private WordingRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules that ship with Rolewise, read once. */
    public static WordingRules standard() {
        return Shipped.RULES;
    }

    private static final class Shipped {
        static final WordingRules RULES = read(WordingRules.RULES);
    }

    private static WordingRules read(String resource) {
        Properties lines = new Properties();
        try (InputStream in = WordingRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The wording rules " + resource + " are missing from the build");
            }
            lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Rule> rules = new ArrayList<>();
        new TreeMap<>(lines).forEach((id, line) -> {
            String[] kindAndPattern = line.toString().split("\\|", 2);
            rules.add(new Rule(id.toString(), Kind.valueOf(kindAndPattern[0]), Pattern.compile(
                    "(?<![\\p{L}\\p{N}])(?:" + kindAndPattern[1] + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        });
        return new WordingRules(rules);
    }

    /** Every rule's id, those of the phrase lists and the two about requirements, for the words that explain them. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>(rules.stream().map(Rule::id).toList());
        ids.addAll(List.of("years-above-seniority", "too-many-must-haves"));
        return ids;
    }

    /** The advice on a posting with this title, by phrase (any case) in the order the phrases first appear. */
    public List<WordingAdvice> review(String title, List<PostingSection> sections) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (PostingSection section : sections) {
            String body = section.body() == null ? "" : section.body();
            // in reading order within the section, whichever rule each phrase breaks
            TreeMap<Integer, Found> inSection = new TreeMap<>();
            for (Rule rule : rules) {
                Matcher phrase = rule.pattern().matcher(body);
                while (phrase.find()) {
                    inSection.put(phrase.start(), new Found(rule.id(), rule.kind(), phrase.group()));
                }
            }
            inSection.values().forEach(phrase -> found.computeIfAbsent(phrase.rule + ":" + phrase.phrase.toLowerCase(Locale.ROOT),
                    key -> phrase).at(section.kind()));
            if (section.kind() == SectionKind.MUST_HAVE) {
                int implied = impliedYears(title);
                Matcher years = YEARS.matcher(body);
                while (years.find()) {
                    if (Integer.parseInt(years.group(1)) > implied) {
                        found.computeIfAbsent("years-above-seniority:" + years.group().toLowerCase(Locale.ROOT),
                                key -> new Found("years-above-seniority", Kind.INFLATION, years.group())).at(section.kind());
                    }
                }
                long musts = BULLET.matcher(body).results().count();
                if (musts > MUST_HAVES_AT_MOST) {
                    found.put("too-many-must-haves", new Found("too-many-must-haves", Kind.INFLATION, "").at(section.kind()));
                }
            }
        }
        return found.values().stream().map(Found::advice).toList();
    }

    /** The years of experience the title's level implies at most: "Junior …" two, an unmarked title five. */
    static int impliedYears(String title) {
        String first = Optional.ofNullable(title).orElse("").strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return YEARS_BY_LEVEL.getOrDefault(first, MID_LEVEL_YEARS);
    }

    private static final class Found {
        private final String rule;
        private final Kind kind;
        private final String phrase;
        private final List<SectionKind> sections = new ArrayList<>();
        private int count;

        Found(String rule, Kind kind, String phrase) {
            this.rule = rule;
            this.kind = kind;
            this.phrase = phrase;
        }

        Found at(SectionKind section) {
            count++;
            if (!sections.contains(section)) {
                sections.add(section);
            }
            return this;
        }

        WordingAdvice advice() {
            return new WordingAdvice(rule, kind, phrase, count, sections);
        }
    }
}
