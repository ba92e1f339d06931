package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.PostingSection;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.hiring.description.entity.WordingAdvice;
import app.rolewise.hiring.description.entity.WordingAdvice.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordingRulesTest {

    private final WordingRules rules = WordingRules.standard();

    private List<String> rulesFound(String title, PostingSection... sections) {
        return rules.review(title, List.of(sections)).stream().map(WordingAdvice::rule).toList();
    }

    @Test
    void hypeAndJargonAreFoundByPhraseWithTheirCountAndSections() {
        List<WordingAdvice> advice = rules.review("Data Engineer", List.of(
                new PostingSection(SectionKind.SUMMARY, "Are you a data Rockstar? We work hard, play hard and hit the ground running."),
                new PostingSection(SectionKind.TEAM, "A team of rockstars, like a family. World-class tooling.")));

        assertEquals(List.of("rockstar:Rockstar:1:[SUMMARY]", "work-hard-play-hard:work hard, play hard:1:[SUMMARY]",
                        "work-hard-play-hard:hit the ground running:1:[SUMMARY]", "rockstar:rockstars:1:[TEAM]", "family:like a family:1:[TEAM]",
                        "synergy:World-class:1:[TEAM]"),
                advice.stream().map(found -> found.rule() + ":" + found.phrase() + ":" + found.count() + ":" + found.sections()).toList());
        assertEquals(List.of(Kind.HYPE), advice.stream().map(WordingAdvice::kind).distinct().toList());
    }

    @Test
    void aRepeatedPhraseIsOneAdviceWithItsCount() {
        List<WordingAdvice> advice = rules.review("Data Engineer", List.of(
                new PostingSection(SectionKind.SUMMARY, "Ninja wanted. Ninja skills."),
                new PostingSection(SectionKind.TEAM, "Ninja team.")));

        assertEquals(1, advice.size());
        assertEquals(3, advice.get(0).count());
        assertEquals(List.of(SectionKind.SUMMARY, SectionKind.TEAM), advice.get(0).sections());
    }

    @Test
    void phrasingThatShutsPeopleOutIsFound() {
        assertEquals(List.of("young", "young", "native-speaker", "able-bodied", "culture-fit"), rulesFound("Data Analyst",
                new PostingSection(SectionKind.TEAM, "A young and dynamic team of digital natives."),
                new PostingSection(SectionKind.MUST_HAVE, "- Native English speaker\n- Must be able to lift 20 kg\n- A good culture fit")));
        assertEquals(Kind.EXCLUSIONARY, rules.review("Data Analyst",
                List.of(new PostingSection(SectionKind.TEAM, "Mother tongue German."))).get(0).kind());
    }

    @Test
    void wordsThatOnlyLookAlikeAreNotFound() {
        assertEquals(List.of(), rulesFound("Data Engineer",
                new PostingSection(SectionKind.SUMMARY, "Our wizardry-free pipelines serve young customers; familiar tools; the guru99 site."),
                new PostingSection(SectionKind.MUST_HAVE, "- Five years or more of hands-on experience\n- Fluent English (C1)")));
    }

    @Test
    void moreYearsThanTheLevelImpliesAreAnInflatedRequirement() {
        assertEquals(List.of("years-above-seniority"), rulesFound("Junior Data Analyst",
                new PostingSection(SectionKind.MUST_HAVE, "- 3+ years of SQL")));
        assertEquals(List.of(), rulesFound("Senior Data Engineer", new PostingSection(SectionKind.MUST_HAVE, "- 7 years of SQL")));
        assertEquals(List.of("years-above-seniority"), rulesFound("Data Engineer", new PostingSection(SectionKind.MUST_HAVE, "- 10 years of Spark")));
        assertEquals(List.of(), rulesFound("Data Engineer", new PostingSection(SectionKind.TEAM, "We have run Spark for 10 years.")),
                "years outside the requirements are the team's history, not a requirement");
        assertEquals(2, WordingRules.impliedYears("Junior Data Analyst"));
        assertEquals(5, WordingRules.impliedYears("Analytics Engineer"));
        assertEquals(5, WordingRules.impliedYears(null));
    }

    @Test
    void moreMustHavesThanCapablePeopleTickAreAnInflatedRequirement() {
        String eight = IntStream.rangeClosed(1, WordingRules.MUST_HAVES_AT_MOST).mapToObj(i -> "- Skill " + i).collect(Collectors.joining("\n"));

        assertEquals(List.of(), rulesFound("Data Engineer", new PostingSection(SectionKind.MUST_HAVE, eight)));
        List<WordingAdvice> nine = rules.review("Data Engineer", List.of(new PostingSection(SectionKind.MUST_HAVE, eight + "\n- Skill 9")));
        assertEquals("too-many-must-haves", nine.get(0).rule());
        assertEquals(Kind.INFLATION, nine.get(0).kind());
        assertEquals("", nine.get(0).phrase());
    }
}
