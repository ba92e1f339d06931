package app.rolewise.hiring.assessment.control;

import app.rolewise.hiring.assessment.entity.Assessment;
import app.rolewise.hiring.recommendation.control.QuestionBankJson;
import app.rolewise.hiring.recommendation.entity.BankContent;
import app.rolewise.hiring.recommendation.entity.BankVersion;
import app.rolewise.hiring.recommendation.entity.Recommendation;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionBriefTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final BankContent BANK = QuestionBankJson.seed();
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        // the library's order and names
        for (String role : List.of("data-engineer=Data Engineer", "machine-learning-engineer=Machine Learning Engineer",
                "data-scientist=Data Scientist", "data-analyst=Data Analyst", "analytics-engineer=Analytics Engineer",
                "mlops-engineer=MLOps Engineer", "ml-platform-engineer=ML Platform Engineer", "data-architect=Data Architect",
                "bi-developer=BI Developer", "applied-scientist=Applied Scientist", "ai-engineer=AI Engineer")) {
            NAMES.put(role.split("=")[0], role.split("=")[1]);
        }
    }

    /** The shop that wants recommendations but has no warehouse, from the scenario corpus. */
    private static Map<String, String> shopWithoutWarehouse() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String pair : ("goal=predictive pain=product-gap sources-integrated=no central-store=none data-quality=untrusted "
                + "pipelines=none governance=standard platform-change=no decision-making=gut-feel report-requests=nobody "
                + "metric-definitions=undefined models-in-production=none model-delivery=nothing-yet ml-teams=none llm-plans=no "
                + "ml-problem=known existing-team=nobody team-load=no-team data-volume=millions freshness=daily reports-to=product "
                + "timeline=next-year seniority=senior location=hybrid salary-budget=market").split(" ")) {
            answers.put(pair.split("=")[0], pair.split("=")[1]);
        }
        return answers;
    }

    private static DecisionBrief brief(Assessment assessment) {
        BankVersion bank = new BankVersion(3, NOW, "system", BANK);
        Recommendation recommendation = Recommendation.of(bank.model(), bank.questions(), assessment.getAnswers(), List.copyOf(NAMES.keySet()));
        return DecisionBrief.of(assessment, bank, recommendation, NAMES, LocalDate.of(2026, 12, 7));
    }

    private static Assessment answered(Map<String, String> answers) {
        Assessment assessment = new Assessment("mark", "Personalisation <first hire>", 3, NOW);
        answers.forEach((question, answer) -> assessment.answer(question, answer, NOW));
        return assessment;
    }

    @Test
    void theBriefSaysWhatToHireInWhichOrderAndWhyNotTheOthers() {
        Assessment assessment = answered(shopWithoutWarehouse());
        assessment.choose("data-engineer", "data-engineer", null, Map.of(), NOW);

        DecisionBrief brief = brief(assessment);

        assertEquals("Decision brief: Personalisation <first hire>", brief.title());
        assertTrue(brief.subtitle().contains("mark on 2026-12-07") && brief.subtitle().contains("25 of 25 questions")
                && brief.subtitle().contains("question bank version 3"), brief.subtitle());
        List<String> headings = brief.sections().stream().map(DecisionBrief.Section::heading).toList();
        assertEquals(List.of("The situation", "The recommendation", "Hiring order", "The alternatives and why not",
                "What would change this", "The decision"), headings);
        String all = brief.sections().toString();
        assertTrue(all.contains("Integrated data (pressing)"), all);
        assertTrue(all.contains("Recommended hire: Data Engineer."), all);
        assertTrue(all.contains("then Machine Learning Engineer"), all);
        assertTrue(all.contains("it needs integrated data in place first") || all.contains("needs Integrated data in place first"), all);
        assertTrue(all.contains("The manager chose the recommended role: Data Engineer."), all);
    }

    @Test
    void markdownEscapesWhatItWouldOtherwiseFormat() {
        String markdown = BriefMarkdown.render(brief(answered(shopWithoutWarehouse())));

        assertTrue(markdown.startsWith("# Decision brief: Personalisation \\<first hire\\>\n"), markdown);
        assertTrue(markdown.contains("\n## The recommendation\n\nRecommended hire: Data Engineer."), markdown);
        assertTrue(markdown.contains("\n- Integrated data (pressing): "), markdown);
        assertTrue(markdown.contains("No role has been chosen yet."), markdown);
    }

    @Test
    void thePdfIsOnePageWithTheSameText() throws Exception {
        byte[] pdf = BriefPdf.render(brief(answered(shopWithoutWarehouse())));

        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages(), "a brief fits on one page");
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Decision brief: Personalisation <first hire>"), text);
        assertTrue(text.contains("Recommended hire: Data Engineer"), text);
        assertTrue(text.contains("Hiring order"), text);
    }

    @Test
    void tooFewAnswersSayWhatIsMissingAndRecommendNothing() {
        DecisionBrief brief = brief(answered(Map.of("goal", "reporting")));

        String all = brief.sections().toString();
        assertTrue(all.contains("Nothing is recommended yet: too few questions are answered. Still open: "), all);
        assertTrue(brief.sections().stream().noneMatch(section -> section.heading().equals("What would change this")));
    }
}
