package app.rolewise.hiring.description.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How easy English text is to read, by Flesch's Reading Ease (1948):
 * 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. Higher is easier; 60 and above is
 * "Plain English", which most adults read without effort.
 * <p>
 * Each paragraph, heading and bullet item is read on its own: a sentence ends at ".", "!" or "?" followed by
 * a space, and the end of a paragraph or item ends one too, so a bullet without a full stop still counts as a
 * sentence. Only prose counts: not the Markdown around it, a link's address or a code block. Words are runs of
 * letters and digits, joined by an apostrophe or hyphen ("data-driven" is one word) or by a point inside a
 * number ("3.12"); a number counts as one syllable. Syllables come from {@link #syllables(String)}, a
 * heuristic that is off by one on some words. An abbreviation such as "e.g." ends a sentence too.
 *
 * @param readingEase NaN when there are no words
 */
public record Readability(int words, int sentences, int syllables, double readingEase, Label label) {

    /** Letters and digits, joined by an apostrophe or hyphen, or by a point or comma inside a number ("3.12"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:(?:['’-]|(?<=\\p{N})[.,](?=\\p{N}))[\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'”’)\\]]?)\\s+");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");
    private static final Pattern SOUNDED_ES = Pattern.compile(".*(?:[sxzcg]|ch|sh|[^aeiouy]l)es");

    /** Flesch's own bands, from the lowest score each takes (shown as {@code check.ease.NAME}). */
    public enum Label {
        VERY_EASY(90),
        EASY(80),
        FAIRLY_EASY(70),
        PLAIN_ENGLISH(60),
        FAIRLY_DIFFICULT(50),
        DIFFICULT(30),
        VERY_DIFFICULT(Double.NEGATIVE_INFINITY),
        NO_TEXT(Double.NaN);

        private final double from;

        Label(double from) {
            this.from = from;
        }

        static Label of(double readingEase) {
            if (Double.isNaN(readingEase)) {
                return NO_TEXT;
            }
            for (Label label : values()) {
                if (readingEase >= label.from) {
                    return label;
                }
            }
            return VERY_DIFFICULT;
        }
    }

    /** One section body (CommonMark). */
    public static Readability of(String body) {
        return ofUnits(SectionBody.parse(body).textUnits());
    }

    /** All the sections, read as one text. */
    public static Readability of(List<PostingSection> sections) {
        List<String> units = new ArrayList<>();
        sections.forEach(section -> units.addAll(SectionBody.parse(section.body()).textUnits()));
        return ofUnits(units);
    }

    private static Readability ofUnits(List<String> units) {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        for (String unit : units) {
            for (String sentence : SENTENCE_END.split(unit)) {
                Matcher word = WORD.matcher(sentence);
                boolean any = false;
                while (word.find()) {
                    any = true;
                    words++;
                    syllables += syllables(word.group());
                }
                if (any) {
                    sentences++;
                }
            }
        }
        double ease = words == 0 ? Double.NaN
                : 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
        return new Readability(words, sentences, syllables, ease, Label.of(ease));
    }

    public double averageSentenceLength() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }

    /**
     * Syllables in one English word: the groups of vowels (y counts as one), after dropping a silent final
     * "e" ("code", but not "table"), "ed" ("worked", but not "wanted") and "es" ("makes", but not "uses");
     * words of three letters or fewer have one. The parts of a hyphenated word are counted apart, and a
     * word without letters (a number) has one.
     */
    public static int syllables(String word) {
        int total = 0;
        for (String part : word.split("-")) {
            total += syllablesOfPart(part);
        }
        return Math.max(1, total);
    }

    private static int syllablesOfPart(String part) {
        String letters = part.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        if (letters.length() <= 3) {
            return 1;
        }
        String sounded = letters;
        if (sounded.endsWith("es") && !SOUNDED_ES.matcher(sounded).matches()) {
            sounded = sounded.substring(0, sounded.length() - 2);
        } else if (sounded.endsWith("ed") && !sounded.endsWith("ted") && !sounded.endsWith("ded")) {
            sounded = sounded.substring(0, sounded.length() - 2);
        } else if (sounded.endsWith("e") && !sounded.matches(".*[^aeiouy]le")) {
            sounded = sounded.substring(0, sounded.length() - 1);
        }
        Matcher vowels = VOWEL_GROUP.matcher(sounded);
        int groups = 0;
        while (vowels.find()) {
            groups++;
        }
        return Math.max(1, groups);
    }
}
