package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.DescriptionContent;
import app.rolewise.hiring.description.entity.HiringContext;
import app.rolewise.hiring.description.entity.Location;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.SalaryRange;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.hiring.description.entity.Workplace;
import app.rolewise.library.entity.Emphasis;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.library.entity.Skill;
import app.rolewise.library.entity.SkillKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static app.rolewise.hiring.description.entity.SectionKind.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DescriptionDrafterTest {

    private final DescriptionDrafter drafter = new DescriptionDrafter();

    private static Role dataEngineer() {
        Role role = new Role(new RoleSlug("data-engineer"), "Data Engineer", "Data/AI",
                "Designs and runs the pipelines that turn raw data into datasets people can trust.");
        role.setPrimaryFocus("Building and looking after data infrastructure. It keeps data dependable. A third sentence.");
        role.setResponsibilities(List.of("Build batch and streaming pipelines.", "Guard data quality with tests."));
        role.useSkill(new Skill("SQL", SkillKind.HARD, "Data"), Emphasis.CORE);
        role.useSkill(new Skill("Kafka", SkillKind.HARD, "Streaming"), Emphasis.HELPFUL);
        role.useSkill(new Skill("Clear communication", SkillKind.SOFT, "Working with others"), Emphasis.CORE);
        role.setProgression(List.of("Data Engineer", "Senior data engineer", "Data architect"));
        role.setReportingLine("Usually answers to a head of data.");
        return role;
    }

    @Test
    void theGrowthPathNamesEachAlternativeWhereThePathBranches() {
        Role role = dataEngineer();
        role.setProgression(List.of("Senior data engineer", "Data architect | Data engineering manager"));

        DescriptionContent draft = drafter.draft(role, Map.of(), berlin(), HiringContext.NONE);

        assertEquals("This role can grow into:\n- Senior data engineer\n- Data architect\n- Data engineering manager", draft.section(GROWTH));
    }

    private static PostingFacts berlin() {
        return new PostingFacts("Acme Analytics", Workplace.HYBRID, new Location("Berlin", "DE"), new SalaryRange(70000, 90000, "eur"));
    }

    @Test
    void takesWhatTheJobIsFromTheRole() {
        DescriptionContent draft = drafter.draft(dataEngineer(), Map.of(), berlin(), HiringContext.NONE);

        assertEquals("Data Engineer", draft.title());
        assertEquals("At Acme Analytics, we are looking for a Data Engineer to join us.\n\n"
                + "In this role you will design and run the pipelines that turn raw data into datasets people can trust.", draft.section(SUMMARY));
        assertEquals("- Build batch and streaming pipelines.\n- Guard data quality with tests.", draft.section(RESPONSIBILITIES));
        assertEquals("- Hands-on experience with the core tools and methods of the role: SQL.", draft.section(MUST_HAVE));
        assertEquals("- Experience with any of these: Kafka.", draft.section(NICE_TO_HAVE));
        assertEquals("The ways of working that matter most here: Clear communication.", draft.section(SOFT_SKILLS));
        assertEquals("This role can grow into:\n- Senior data engineer\n- Data architect", draft.section(GROWTH));
        assertEquals("Usually answers to a head of data.", draft.section(REPORTING), "the role's line when the manager did not say");
        assertEquals("", draft.section(IMPACT), "nothing to build without answers about the situation");
        assertEquals("", draft.section(ABOUT_US), "nothing told, nothing made up");
        assertFalse(draft.section(EQUAL_OPPORTUNITY).isEmpty());
    }

    @Test
    void opensWithWhyTheRoleMattersHereAndNamesTheOrganisation() {
        Map<String, String> answers = Map.of("seniority", "senior", "goal", "both", "timeline", "this-quarter");

        String opening = drafter.draft(dataEngineer(), answers, berlin(), HiringContext.NONE).section(SUMMARY);

        assertEquals("At Acme Analytics, we need dependable reporting first and predictive models after it. As our Senior Data Engineer, "
                + "you will help take us from one to the other.\n\n"
                + "In this role you will design and run the pipelines that turn raw data into datasets people can trust. "
                + "We expect first results within your first three months.", opening);
    }

    @Test
    void theSituationBecomesWhatTheHireWillBuild() {
        Map<String, String> answers = Map.of("central-store", "none", "data-quality", "untrusted", "sources-integrated", "partly");

        DescriptionContent draft = drafter.draft(dataEngineer(), answers, berlin(), HiringContext.NONE);

        assertEquals("Here is what you will build or change with us:\n"
                + "- Build our first central store for analytical data.\n"
                + "- Put tests and monitoring around our data, so that figures arrive on time and everyone can rely on them.\n"
                + "- Automate the loading of every important data source, so that no figure waits for an export.", draft.section(IMPACT));
        assertEquals("", draft.section(TEAM), "the situation is not described as it is, only as what will change");
    }

    /**
     * Every answer of the shipped question bank, each drafted alone and all the weakest at once: no section
     * repeats the words of an answer that describes a weakness (such as "figures are often late, wrong or
     * disputed"), and none of the words that only describe a weakness appears.
     */
    @Test
    void noWeaknessOfTheOrganisationAppearsInAnySection() throws IOException {
        Map<String, List<String[]>> bank = shippedAnswers();
        List<Map<String, String>> drafts = new ArrayList<>();
        bank.forEach((question, answers) -> answers.forEach(answer -> drafts.add(Map.of(question, answer[0]))));
        Map<String, String> weakest = new HashMap<>();
        bank.forEach((question, answers) -> weakest.put(question, answers.get(answers.size() - 1)[0]));
        weakest.putAll(Map.of("data-quality", "untrusted", "central-store", "none", "model-delivery", "silent-failures",
                "existing-team", "scientists-no-shipping", "sources-integrated", "no"));
        drafts.add(weakest);
        // the answers that describe something missing or going wrong, by question
        Map<String, List<String>> weaknesses = Map.of("data-quality", List.of("untrusted", "mostly"),
                "central-store", List.of("legacy", "several", "none"), "sources-integrated", List.of("partly", "no"),
                "models-in-production", List.of("none", "prototypes"),
                "model-delivery", List.of("manual", "silent-failures", "duplicated-infra", "quality-plateau"),
                "existing-team", List.of("nobody", "analysts-only", "engineers-no-ml", "scientists-no-shipping"));
        List<String> labels = bank.entrySet().stream().filter(question -> weaknesses.containsKey(question.getKey()))
                .flatMap(question -> question.getValue().stream().filter(answer -> weaknesses.get(question.getKey()).contains(answer[0])))
                .map(answer -> answer[1].toLowerCase(Locale.ROOT)).toList();
        assertEquals(17, labels.size(), "every weakness answer is still in the shipped bank");
        List<String> weaknessWords = List.of("late", "disputed", "wrong", "by hand", "spreadsheets", "dated", "slow", "overlapping",
                "rarely", "quietly", "nobody owns", "degrade", "stalled", "one-off", "not yet", "no central", "only");

        for (Map<String, String> answers : drafts) {
            DescriptionContent draft = drafter.draft(dataEngineer(), answers, berlin(), HiringContext.NONE);
            for (SectionKind kind : SectionKind.values()) {
                String text = draft.section(kind).toLowerCase(Locale.ROOT);
                for (String label : labels) {
                    assertFalse(text.contains(label), kind + " repeats the answer \"" + label + "\" for " + answers);
                }
                if (kind != EQUAL_OPPORTUNITY && kind != SALARY) {
                    for (String word : weaknessWords) {
                        assertFalse(Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find(),
                                kind + " says \"" + word + "\" for " + answers + ": " + text);
                    }
                }
            }
        }
    }

    /** question code → its answers as {code, label}, from the question bank Rolewise ships. */
    private static Map<String, List<String[]>> shippedAnswers() throws IOException {
        try (InputStream in = DescriptionDrafterTest.class.getResourceAsStream("/hiring/question-bank.json");
             JsonReader reader = Json.createReader(in)) {
            Map<String, List<String[]>> bank = new LinkedHashMap<>();
            for (JsonObject question : reader.readObject().getJsonArray("questions").getValuesAs(JsonObject.class)) {
                bank.put(question.getString("code"), question.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                        .map(answer -> new String[] {answer.getString("code"), answer.getString("text")}).toList());
            }
            return bank;
        }
    }

    @Test
    void tailorsToTheAnswers() {
        Map<String, String> answers = Map.of(
                "seniority", "senior",
                "goal", "both",
                "central-store", "none",
                "existing-team", "nobody",
                "data-volume", "billions-streaming",
                "reports-to", "engineering",
                "salary-budget", "above-market");

        DescriptionContent draft = drafter.draft(dataEngineer(), answers, berlin(), HiringContext.NONE);

        assertEquals("Senior Data Engineer", draft.title());
        assertTrue(draft.section(IMPACT).contains("- Build our first central store for analytical data."), draft.section(IMPACT));
        assertTrue(draft.section(IMPACT).contains("- Set the direction and the standards for data work here"), draft.section(IMPACT));
        assertTrue(draft.section(TEAM).startsWith("You will start our data team"), draft.section(TEAM));
        assertEquals("- Five years or more of hands-on experience, with work of yours running in production, and the judgement to make "
                + "technical decisions others build on.\n"
                + "- Hands-on experience with the core tools and methods of the role: SQL.\n"
                + "- Experience with data at the scale of billions of rows or continuous streams.", draft.section(MUST_HAVE),
                "the seniority's expectations first, then the tools, then what the answers add");
        assertEquals("Usually answers to a head of data.", draft.section(REPORTING),
                "the answer suggests a line on the form; unconfirmed, the role's own line stands");
        assertEquals("EUR 70,000 to 90,000 a year, before tax. We pay above the market for this role.", draft.section(SALARY));
    }

    @Test
    void theLineAndTheOrganisationAreTheManagersWords() {
        HiringContext told = new HiringContext(" our VP of Engineering ", "We make route-planning software for city bus networks.", 240,
                "30 days of paid holiday\n- A learning budget of 1,500 EUR a year\n\n");

        DescriptionContent draft = drafter.draft(dataEngineer(), Map.of("reports-to", "engineering"), berlin(), told);

        assertEquals("You will report to our VP of Engineering.", draft.section(REPORTING));
        assertEquals("We make route-planning software for city bus networks. Acme Analytics has 240 people.\n\n"
                + "What we offer:\n- 30 days of paid holiday\n- A learning budget of 1,500 EUR a year", draft.section(ABOUT_US));
        assertEquals(java.util.Optional.of("our CTO"), drafter.suggestedReportsTo(Map.of("reports-to", "engineering")),
                "one person to confirm, not 'the CTO or an engineering manager'");
    }

    @Test
    void saysWhereTheWorkHappens() {
        assertEquals("Hybrid: part of the week at our office in Berlin, Germany, the rest from home.",
                drafter.draft(dataEngineer(), Map.of(), berlin(), HiringContext.NONE).section(LOCATION));
        PostingFacts remote = new PostingFacts("Acme", Workplace.REMOTE, new Location(null, "PT"), new SalaryRange(null, null, null));
        DescriptionContent remoteDraft = drafter.draft(dataEngineer(), Map.of(), remote, HiringContext.NONE);
        assertEquals("Fully remote, from anywhere in Portugal.", remoteDraft.section(LOCATION));
        assertEquals("", remoteDraft.section(SALARY), "no range given, no salary section");
    }

    @Test
    void aRangeTypedHalfWayDraftsNoSalarySection() {
        PostingFacts half = new PostingFacts("Acme", Workplace.ON_SITE, new Location("Berlin", "DE"), new SalaryRange(70000, null, null));

        assertEquals("", drafter.draft(dataEngineer(), Map.of(), half, HiringContext.NONE).section(SALARY), "the preview shows the rest; a save names what is missing");
    }

    @Test
    void theWorkplaceFollowsTheLocationAnswer() {
        assertEquals(Workplace.REMOTE, PostingFacts.workplaceFromAnswer("remote"));
        assertEquals(Workplace.HYBRID, PostingFacts.workplaceFromAnswer("hybrid"));
        assertEquals(Workplace.ON_SITE, PostingFacts.workplaceFromAnswer(null));
    }
}
