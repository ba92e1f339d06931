package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.LanguageReview;
import app.rolewise.hiring.description.entity.LanguageReview.Coding;
import app.rolewise.hiring.description.entity.LanguageReview.Finding;
import app.rolewise.hiring.description.entity.LanguageReview.Verdict;
import app.rolewise.hiring.description.entity.PostingSection;
import app.rolewise.hiring.description.entity.SectionKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InclusiveLanguageTest {

    private final InclusiveLanguage cut = InclusiveLanguage.standard();

    private static List<String> words(LanguageReview review) {
        return review.findings().stream().map(Finding::word).toList();
    }

    /** "lead" is a verb ("lead to predictions") and a noun ("team lead"): no one word replaces both, so none is offered. */
    @Test
    void aWordUsedAsMoreThanOnePartOfSpeechGetsNoSuggestion() {
        LanguageReview review = cut.review(SectionKind.SUMMARY, "Your work will lead to predictions; our team lead has an objective.");

        assertEquals(List.of("lead", "lead", "objective"), words(review));
        assertTrue(review.findings().stream().allMatch(finding -> finding.suggestion().isEmpty()), review.findings().toString());
    }

    /** A repeated word is one entry with its count and sections, in the order words first appear. */
    @Test
    void findingsAreGroupedByWordWithACount() {
        LanguageReview review = cut.review(List.of(
                new PostingSection(SectionKind.SUMMARY, "A competitive team. Competitive pay. We are driven."),
                new PostingSection(SectionKind.TEAM, "Competitive benefits.")));

        assertEquals(List.of(
                new LanguageReview.WordFindings("competitive", Coding.MASCULINE, 3, List.of(SectionKind.SUMMARY, SectionKind.TEAM),
                        Optional.of("motivated")),
                new LanguageReview.WordFindings("driven", Coding.MASCULINE, 1, List.of(SectionKind.SUMMARY), Optional.of("committed"))),
                review.byWord());
    }

    @Test
    void masculineCodedWordsAreFoundWhereTheyAreWithANeutralSuggestion() {
        String text = "We want a competitive, Driven ninja who can lead.";

        LanguageReview review = cut.review(SectionKind.SOFT_SKILLS, text);

        assertEquals(List.of(
                new Finding(SectionKind.SOFT_SKILLS, 10, "competitive", "compet", Coding.MASCULINE, Optional.of("motivated")),
                new Finding(SectionKind.SOFT_SKILLS, 23, "Driven", "driven", Coding.MASCULINE, Optional.of("committed")),
                new Finding(SectionKind.SOFT_SKILLS, 30, "ninja", "ninja", Coding.MASCULINE, Optional.of("expert")),
                new Finding(SectionKind.SOFT_SKILLS, 44, "lead", "lead", Coding.MASCULINE, Optional.empty())),
                review.findings());
        assertEquals("Driven", text.substring(23, 29));
        assertEquals(4, review.masculineCount());
        assertEquals(0, review.feminineCount());
        assertEquals(Verdict.LEANS_MASCULINE, review.verdict());
        assertEquals(LanguageReview.Verdict.LEANS_MASCULINE, review.verdict());
    }

    @Test
    void feminineCodedWordsAreFoundWithoutSuggestions() {
        LanguageReview review = cut.review(SectionKind.TEAM, "You will collaborate with a supportive, understanding team.");

        assertEquals(List.of("collaborate", "supportive", "understanding"), words(review));
        assertTrue(review.findings().stream().allMatch(f -> f.coding() == Coding.FEMININE && f.suggestion().isEmpty()));
        assertEquals(List.of("collab", "support", "understand"), review.findings().stream().map(Finding::stem).toList());
        assertEquals(Verdict.LEANS_FEMININE, review.verdict());
    }

    @Test
    void aMasculineWordWithoutASuggestionHasNone() {
        Finding stubborn = cut.review(SectionKind.SOFT_SKILLS, "Stubbornness helps").findings().get(0);

        assertEquals("Stubbornness", stubborn.word());
        assertEquals(Coding.MASCULINE, stubborn.coding());
        assertEquals(Optional.empty(), stubborn.suggestion());
    }

    @Test
    void stemsMatchOnlyAtTheStartOfAWordInAnyCase() {
        assertEquals(List.of("COMPETITIVE", "Aggressively", "self-reliant", "Co-operative"),
                words(cut.review(SectionKind.SUMMARY, "COMPETITIVE pay. Aggressively self-reliant. Co-operative.")));
        assertEquals(List.of(), words(cut.review(SectionKind.SUMMARY, "Salesforce workforce planning with uncompetitive tools")));
        assertEquals(Optional.of("resourceful"), cut.review(SectionKind.SUMMARY, "self-reliant").findings().get(0).suggestion());
    }

    @Test
    void dataTermsThatShareAStemAreNotFlaggedButTheTraitsAre() {
        String text = "As an analyst you will run analytics and analysis for data-driven teams, "
                + "fit decision trees and support vector machines, and cut lead time. "
                + "Build our first central store for analytical data. We need analytical, driven people.";

        LanguageReview review = cut.review(SectionKind.RESPONSIBILITIES, text);

        assertEquals(List.of("analytical", "driven"), words(review));
        assertEquals(text.lastIndexOf("driven"), review.findings().get(1).offset());
    }

    @Test
    void findingsAreKeptPerSectionWithOffsetsIntoThatSectionsBody() {
        LanguageReview review = cut.review(List.of(
                new PostingSection(SectionKind.SUMMARY, "A competitive team."),
                new PostingSection(SectionKind.TEAM, "We are warm and honest.")));

        assertEquals(List.of("competitive"), review.in(SectionKind.SUMMARY).stream().map(Finding::word).toList());
        assertEquals(List.of(7, 16), review.in(SectionKind.TEAM).stream().map(Finding::offset).toList());
        assertTrue(review.in(SectionKind.GROWTH).isEmpty());
        assertEquals(1, review.masculineCount());
        assertEquals(2, review.feminineCount());
        assertEquals(Verdict.LEANS_FEMININE, review.verdict());
    }

    @Test
    void evenCountsAndNoCodedWordsAreBalanced() {
        assertEquals(Verdict.BALANCED, cut.review(SectionKind.SUMMARY, "A confident and loyal colleague.").verdict());
        LanguageReview none = cut.review(SectionKind.SUMMARY, "You will build pipelines in Python.");
        assertEquals(Verdict.BALANCED, none.verdict());
        assertTrue(none.findings().isEmpty());
    }

    @Test
    void theShippedListsHoldThePapersStemsAndCiteIt() {
        JsonObject lists = shippedLists();

        assertTrue(lists.getString("source").contains("Gaucher, D., Friesen, J. & Kay, A. C. (2011)"));
        List<String> masculine = lists.getJsonArray("masculine").getValuesAs(JsonString::getString);
        List<String> feminine = lists.getJsonArray("feminine").getValuesAs(JsonString::getString);
        assertTrue(masculine.containsAll(List.of("compet", "domina", "aggress", "analy", "lead", "independen")), masculine.toString());
        assertTrue(feminine.containsAll(List.of("support", "collab", "interpersonal", "understand", "nurtur")), feminine.toString());
    }

    @Test
    void noSuggestionIsMasculineCodedItself() {
        shippedLists().getJsonObject("suggestions").forEach((word, neutral) -> {
            LanguageReview review = cut.review(SectionKind.SUMMARY, ((JsonString) neutral).getString());
            assertEquals(0, review.masculineCount(), word + " → " + neutral + " is coded: " + review.findings());
        });
    }

    @Test
    void everyExceptionHoldsACodedWordSoNoneIsDeadWeight() {
        JsonObject lists = shippedLists();
        JsonObject withoutExceptions = Json.createObjectBuilder(lists).add("exceptions", Json.createArrayBuilder()).build();
        InclusiveLanguage unexcepted = InclusiveLanguage.read(withoutExceptions.toString());

        for (JsonObject group : lists.getJsonArray("exceptions").getValuesAs(JsonObject.class)) {
            for (String term : group.getJsonArray("terms").getValuesAs(JsonString::getString)) {
                assertFalse(unexcepted.review(SectionKind.SUMMARY, term).findings().isEmpty(), term + " holds no coded word");
                assertTrue(cut.review(SectionKind.SUMMARY, term).findings().isEmpty(), term + " is still flagged");
            }
        }
    }

    @Test
    void aStemOnBothListsIsRefused() {
        String json = """
                {"masculine": ["compet"], "feminine": ["Compet"]}""";

        assertThrows(IllegalArgumentException.class, () -> InclusiveLanguage.read(json));
    }

    private static JsonObject shippedLists() {
        try (InputStream in = InclusiveLanguageTest.class.getClassLoader().getResourceAsStream(InclusiveLanguage.WORD_LISTS);
             JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
