package app.rolewise.hiring.assessment.control;

import app.rolewise.hiring.assessment.entity.Assessment;
import app.rolewise.hiring.recommendation.entity.BankVersion;
import app.rolewise.hiring.recommendation.entity.Question;
import app.rolewise.hiring.recommendation.entity.Recommendation;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The one-page brief a manager sends to a founder, a finance lead or HR: the situation in a few lines, the
 * recommendation and its confidence, the hiring order, the alternatives and why not, what would change the
 * advice, the manager's choice and reason, and the question bank version it rests on. Its words come from
 * the bundle {@code hiring/brief-phrases.properties}; Markdown and PDF lay out the same sections.
 */
public record DecisionBrief(String title, String subtitle, List<Section> sections) {

    private static final String PHRASES = "hiring.brief-phrases";
    /** The needs the situation names, strongest first: a few lines, not the whole assessment. */
    private static final int SITUATION_NEEDS = 4;
    private static final int ALTERNATIVES = 3;
    private static final ResourceBundle WORDS = ResourceBundle.getBundle(PHRASES, Locale.ENGLISH);

    /** A heading with its paragraphs, then its bullets. */
    public record Section(String heading, List<String> paragraphs, List<String> bullets) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
            bullets = List.copyOf(bullets);
        }
    }

    public DecisionBrief {
        sections = List.copyOf(sections);
    }

    /** @param roleNames role URL name to its name in the library */
    public static DecisionBrief of(Assessment assessment, BankVersion bank, Recommendation recommendation,
                                   Map<String, String> roleNames, LocalDate date) {
        Names names = new Names(roleNames);
        List<Section> sections = new ArrayList<>();

        List<String> situation = recommendation.needs().stream().limit(SITUATION_NEEDS)
                .map(need -> say("situation.need", need.need().name(), say("strength." + need.strength()),
                        need.reasons().stream().filter(reason -> reason.points() > 0).map(Recommendation.Reason::sentence)
                                .distinct().collect(Collectors.joining("; "))))
                .toList();
        sections.add(new Section(say("situation"), situation.isEmpty() ? List.of(say("situation.none")) : List.of(), situation));

        sections.add(new Section(say("recommendation"), List.of(verdict(recommendation, names)), List.of()));

        recommendation.sequencing().ifPresent(order -> sections.add(new Section(say("order"),
                List.of(say("order.text", names.of(order.first()), names.of(order.next()), order.why())), List.of())));

        if (recommendation.hasEnoughAnswers() && recommendation.raisesNeeds()) {
            sections.add(new Section(say("alternatives"), List.of(), alternatives(recommendation, names)));
            List<String> changes = recommendation.counterfactuals().stream().map(change -> {
                Question question = bank.question(change.questionCode()).orElseThrow();
                return say("change", question.text(), question.answer(change.answerCode()).orElseThrow().text(), names.of(change.role()));
            }).toList();
            sections.add(new Section(say("changes"), changes.isEmpty() ? List.of(say("changes.none")) : List.of(), changes));
        }

        sections.add(new Section(say("choice"), List.of(choice(assessment, names)), List.of()));

        String subtitle = say("subtitle", assessment.getOwner(), date.toString(), recommendation.answered(),
                recommendation.questions(), assessment.getBankVersion());
        return new DecisionBrief(say("title", assessment.getTitle()), subtitle, sections);
    }

    private static String verdict(Recommendation recommendation, Names names) {
        if (recommendation.madeWithoutModel()) {
            return say("recommendation.olderBank");
        }
        if (!recommendation.hasEnoughAnswers()) {
            return say("recommendation.tooFew", String.join(", ", recommendation.unansweredSections()));
        }
        if (recommendation.recommended().isPresent()) {
            return say("recommendation.winner", names.of(recommendation.recommended().get()),
                    say("confidence." + recommendation.confidence().name()));
        }
        if (recommendation.contenders().size() > 1) {
            return say("recommendation.tie", names.list(recommendation.contenders()));
        }
        return say("recommendation.nothing");
    }

    /** The next best roles, each with why it is not the recommendation. */
    private static List<String> alternatives(Recommendation recommendation, Names names) {
        String chosen = recommendation.recommended().orElse(null);
        String waiting = recommendation.sequencing().map(Recommendation.Sequencing::next).orElse(null);
        List<String> raised = recommendation.needs().stream().map(need -> need.need().code()).toList();
        return recommendation.ranking().stream()
                .filter(score -> !score.roleSlug().equals(chosen) && score.fit() > 0)
                .limit(ALTERNATIVES)
                .map(score -> {
                    if (score.roleSlug().equals(waiting)) {
                        String need = recommendation.sequencing().orElseThrow().need();
                        return say("alternative.waits", names.of(score.roleSlug()), score.fit(),
                                needName(recommendation, need).toLowerCase(Locale.ROOT));
                    }
                    List<String> uncovered = raised.stream().filter(need -> !score.covered().contains(need))
                            .map(need -> needName(recommendation, need)).limit(2).toList();
                    return uncovered.isEmpty()
                            ? say("alternative.covered", names.of(score.roleSlug()), score.fit())
                            : say("alternative.uncovered", names.of(score.roleSlug()), score.fit(),
                            String.join(" and ", uncovered).toLowerCase(Locale.ROOT));
                })
                .toList();
    }

    private static String needName(Recommendation recommendation, String code) {
        return recommendation.needs().stream().filter(need -> need.need().code().equals(code))
                .map(need -> need.need().name()).findFirst().orElse(code);
    }

    private static String choice(Assessment assessment, Names names) {
        String chosen = assessment.getChosenRole();
        if (chosen == null) {
            return say("choice.open");
        }
        String recommended = assessment.getRecommendedRole();
        if (chosen.equals(recommended)) {
            return say("choice.same", names.of(chosen));
        }
        String reason = Objects.toString(assessment.getChoiceReason(), "");
        return recommended == null ? say("choice.noRecommendation", names.of(chosen), reason)
                : say("choice.other", names.of(chosen), names.of(recommended), reason);
    }

    private record Names(Map<String, String> byRole) {

        String of(String role) {
            return byRole.getOrDefault(role, role);
        }

        String list(List<String> roles) {
            return roles.stream().map(this::of).collect(Collectors.joining(", "));
        }
    }

    private static String say(String key, Object... arguments) {
        String pattern = WORDS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }
}
