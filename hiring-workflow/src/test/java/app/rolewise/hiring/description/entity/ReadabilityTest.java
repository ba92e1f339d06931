package app.rolewise.hiring.description.entity;

import app.rolewise.hiring.description.entity.Readability.Label;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The expected figures are worked out by hand from Flesch's formula; the comments show the sums. */
class ReadabilityTest {

    private static final double EXACT = 1e-9;

    @Test
    void shortWordsAndShortSentencesAreVeryEasy() {
        // 9 words, 2 sentences; every word 1 syllable but "happy" (2): 10 syllables
        // 206.835 - 1.015 * 9/2 - 84.6 * 10/9 = 206.835 - 4.5675 - 94.0
        Readability readability = Readability.of("The cat sat on the mat. It was happy.");

        assertEquals(9, readability.words());
        assertEquals(2, readability.sentences());
        assertEquals(10, readability.syllables());
        assertEquals(4.5, readability.averageSentenceLength(), EXACT);
        assertEquals(108.2675, readability.readingEase(), EXACT);
        assertEquals(Label.VERY_EASY, readability.label());
    }

    @Test
    void longWordsAreDifficult() {
        // Our 1, platform 2, processes 3, streaming 2, data 2: 10 syllables in 5 words, 1 sentence
        // 206.835 - 1.015 * 5 - 84.6 * 2 = 32.56
        Readability readability = Readability.of("Our platform processes streaming data.");

        assertEquals(5, readability.words());
        assertEquals(1, readability.sentences());
        assertEquals(10, readability.syllables());
        assertEquals(32.56, readability.readingEase(), 1e-9);
        assertEquals(Label.DIFFICULT, readability.label());
    }

    @Test
    void eachBulletIsASentenceEvenWithoutAFullStop() {
        // "You will:", "build pipelines", "review code": 3 sentences, 6 words
        // You 1, will 1, build 1, pipelines 3, review 2, code 1: 9 syllables
        // 206.835 - 1.015 * 2 - 84.6 * 1.5 = 77.905
        Readability readability = Readability.of("You will:\n- build pipelines\n- review code");

        assertEquals(3, readability.sentences());
        assertEquals(6, readability.words());
        assertEquals(9, readability.syllables());
        assertEquals(77.905, readability.readingEase(), EXACT);
        assertEquals(Label.FAIRLY_EASY, readability.label());
    }

    @Test
    void sectionsAreReadAsOneTextAndDecimalsDoNotEndSentences() {
        Readability readability = Readability.of(List.of(
                new PostingSection(SectionKind.SUMMARY, "We use Python 3.12 daily! Do you?"),
                new PostingSection(SectionKind.MUST_HAVE, "- SQL\n- dbt")));

        // "We use Python 3.12 daily!", "Do you?", "SQL", "dbt": 9 words, "3.12" one of them
        assertEquals(4, readability.sentences());
        assertEquals(9, readability.words());
        assertEquals(2.25, readability.averageSentenceLength(), EXACT);
    }

    @Test
    void theSyllableHeuristicHandlesSilentEndings() {
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("the", 1), Map.entry("data", 2), Map.entry("engineer", 3), Map.entry("code", 1),
                Map.entry("table", 2), Map.entry("people", 2), Map.entry("whole", 1), Map.entry("worked", 1),
                Map.entry("wanted", 2), Map.entry("makes", 1), Map.entry("uses", 2), Map.entry("boxes", 2),
                Map.entry("tables", 2), Map.entry("languages", 3), Map.entry("year", 1), Map.entry("Python", 2),
                Map.entry("data-driven", 4), Map.entry("don't", 1), Map.entry("2026", 1), Map.entry("Analysts", 3));
        expected.forEach((word, syllables) -> assertEquals(syllables, Readability.syllables(word), word));
    }

    @Test
    void fleschsBandsNameTheScore() {
        assertEquals(Label.PLAIN_ENGLISH, Label.of(60));
        assertEquals(Label.FAIRLY_DIFFICULT, Label.of(59.9));
        assertEquals(Label.VERY_DIFFICULT, Label.of(-12));
    }

    @Test
    void noWordsMeansNoScore() {
        Readability readability = Readability.of(" \n- \n");

        assertEquals(0, readability.words());
        assertEquals(0, readability.sentences());
        assertTrue(Double.isNaN(readability.readingEase()));
        assertEquals(Label.NO_TEXT, readability.label());
        assertEquals(0, readability.averageSentenceLength(), EXACT);
    }
}
