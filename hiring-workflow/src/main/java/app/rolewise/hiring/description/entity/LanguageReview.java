package app.rolewise.hiring.description.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The gender-coded words in a posting, after Gaucher, Friesen and Kay (2011), in reading order, with the counts
 * and the overall lean.
 */
public record LanguageReview(List<Finding> findings) {

    /** Which stereotype a word echoes. */
    public enum Coding {
        MASCULINE, FEMININE
    }

    /** The overall lean of a text, as the public gender decoders put it (shown as {@code check.verdict.NAME}). */
    public enum Verdict {
        /** As many masculine- as feminine-coded words, none at all included. */
        BALANCED,
        LEANS_MASCULINE,
        LEANS_FEMININE
    }

    /**
     * One coded word.
     *
     * @param offset     where the word starts in the section's body
     * @param word       as written
     * @param stem       the stem it matched, lower case
     * @param suggestion a neutral word to consider; only for some masculine-coded words
     */
    public record Finding(SectionKind section, int offset, String word, String stem, Coding coding,
                          Optional<String> suggestion) {
        public Finding {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(coding, "coding");
            Objects.requireNonNull(suggestion, "suggestion");
        }
    }

    public LanguageReview {
        findings = List.copyOf(findings);
    }

    public long masculineCount() {
        return findings.stream().filter(finding -> finding.coding() == Coding.MASCULINE).count();
    }

    public long feminineCount() {
        return findings.stream().filter(finding -> finding.coding() == Coding.FEMININE).count();
    }

    public Verdict verdict() {
        long lean = masculineCount() - feminineCount();
        return lean > 0 ? Verdict.LEANS_MASCULINE : lean < 0 ? Verdict.LEANS_FEMININE : Verdict.BALANCED;
    }

    public List<Finding> in(SectionKind section) {
        return findings.stream().filter(finding -> finding.section() == section).toList();
    }

    /**
     * The findings by word (any case), in the order the words first appear: a word repeated twenty times is one
     * line with its count and the sections it is in, not twenty lines.
     */
    public List<WordFindings> byWord() {
        Map<String, List<Finding>> byWord = findings.stream()
                .collect(Collectors.groupingBy(finding -> finding.word().toLowerCase(Locale.ROOT), LinkedHashMap::new, Collectors.toList()));
        return byWord.values().stream().map(WordFindings::of).toList();
    }

    /** One coded word and every place it is used. */
    public record WordFindings(String word, Coding coding, int count, List<SectionKind> sections, Optional<String> suggestion) {

        public WordFindings {
            sections = List.copyOf(sections);
        }

        static WordFindings of(List<Finding> same) {
            Finding first = same.get(0);
            return new WordFindings(first.word(), first.coding(), same.size(),
                    same.stream().map(Finding::section).distinct().toList(), first.suggestion());
        }
    }
}
