package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.DescriptionContent;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.SalaryRange;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.hiring.description.entity.Workplace;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSkill;
import app.rolewise.library.entity.SkillKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Drafts a job description from a role of the library and the manager's answers: the role gives what the
 * job is (responsibilities, skills by emphasis, growth path), the answers say what this team's situation is
 * (goal, foundation, team, scale, seniority, reporting line, location, budget). Pure text work, no state,
 * so it is quick and tested on its own.
 */
public final class DescriptionDrafter {

    private static final String PHRASES = "/hiring/description-phrases.properties";
    private static final int SUMMARY_SENTENCES_FROM_ROLE = 2;

    private final Properties phrases;

    public DescriptionDrafter() {
        this.phrases = load();
    }

    private static Properties load() {
        Properties loaded = new Properties();
        try (InputStream in = DescriptionDrafter.class.getResourceAsStream(PHRASES)) {
            if (in == null) {
                throw new IllegalStateException(PHRASES + " is missing from the class path");
            }
            loaded.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return loaded;
    }

    /**
     * @param answers question code → answer code, as the assessment stored them
     */
    public DescriptionContent draft(Role role, Map<String, String> answers, PostingFacts facts) {
        Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
        sections.put(SectionKind.SUMMARY, paragraphs(
                role.getName() + ": " + lowerFirst(role.getSummary()) + "\n\nMain focus: " + lowerFirst(firstSentences(role.getPrimaryFocus())),
                phrasesFor("summary", answers)));
        sections.put(SectionKind.TEAM, String.join(" ", phrasesFor("team", answers)));
        sections.put(SectionKind.RESPONSIBILITIES, bullets(role.getResponsibilities()));
        sections.put(SectionKind.MUST_HAVE, bullets(concat(skillNames(role, SkillKind.HARD, RoleSkill::isCore),
                phrasesFor("must", answers))));
        sections.put(SectionKind.NICE_TO_HAVE, bullets(concat(skillNames(role, SkillKind.HARD, skill -> !skill.isCore()),
                phrasesFor("nice", answers))));
        sections.put(SectionKind.SOFT_SKILLS, bullets(skillNames(role, SkillKind.SOFT, skill -> true)));
        sections.put(SectionKind.REPORTING, phrasesFor("reporting", answers).stream().findFirst()
                .orElse(Optional.ofNullable(role.getReportingLine()).orElse("")));
        // every role the path leads to, alternatives each on its own
        List<String> growth = role.getNextSteps().stream().flatMap(List::stream).toList();
        sections.put(SectionKind.GROWTH, growth.isEmpty() ? "" : "This role can grow into:\n" + bullets(growth));
        sections.put(SectionKind.LOCATION, location(facts));
        sections.put(SectionKind.SALARY, salary(facts.salary(), answers));
        sections.put(SectionKind.EQUAL_OPPORTUNITY, phrases.getProperty("equal-opportunity"));
        return new DescriptionContent(title(role, answers), facts, sections);
    }

    private String title(Role role, Map<String, String> answers) {
        return phrase("title", "seniority", answers.get("seniority")).map(level -> level + " " + role.getName())
                .orElse(role.getName());
    }

    /** The phrases of one section for the given answers, ordered by question code so drafts are repeatable. */
    private List<String> phrasesFor(String section, Map<String, String> answers) {
        String prefix = section + ".";
        return phrases.stringPropertyNames().stream()
                .filter(key -> key.startsWith(prefix))
                .filter(key -> {
                    String[] parts = key.substring(prefix.length()).split("\\.", 2);
                    return parts.length == 2 && parts[1].equals(answers.get(parts[0]));
                })
                .sorted()
                .map(phrases::getProperty)
                .toList();
    }

    private Optional<String> phrase(String section, String question, String answer) {
        return Optional.ofNullable(answer).map(code -> phrases.getProperty(section + "." + question + "." + code));
    }

    private static List<String> skillNames(Role role, SkillKind kind, Predicate<RoleSkill> which) {
        return role.getSkills().stream()
                .filter(skill -> skill.getSkill().getKind() == kind)
                .filter(which)
                .map(skill -> skill.getSkill().getName())
                .toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String bullets(List<String> items) {
        return items.stream().filter(item -> item != null && !item.isBlank())
                .map(item -> "- " + item.strip())
                .collect(Collectors.joining("\n"));
    }

    private static String paragraphs(String first, List<String> more) {
        String rest = String.join(" ", more);
        return rest.isEmpty() ? first.strip() : first.strip() + "\n\n" + rest;
    }

    private static String firstSentences(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String[] sentences = text.strip().split("(?<=[.!?])\\s+");
        return String.join(" ", List.of(sentences).subList(0, Math.min(SUMMARY_SENTENCES_FROM_ROLE, sentences.length)));
    }

    /** Role texts start a sentence of their own; here they follow a label. Acronyms keep their capitals. */
    private static String lowerFirst(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String stripped = text.strip();
        boolean acronym = stripped.length() > 1 && Character.isUpperCase(stripped.charAt(1));
        return acronym ? stripped : Character.toLowerCase(stripped.charAt(0)) + stripped.substring(1);
    }

    /**
     * The two sections that only restate the facts; rewritten whenever the facts change, so the text never
     * contradicts the facts line or the JSON-LD.
     */
    public DescriptionContent withFactSections(DescriptionContent content, Map<String, String> answers) {
        return content.withSection(SectionKind.LOCATION, location(content.facts()))
                .withSection(SectionKind.SALARY, salary(content.facts().salary(), answers));
    }

    private static String location(PostingFacts facts) {
        String country = facts.location().countryName().orElse("");
        String city = facts.location().city();
        Workplace workplace = facts.workplace() == null ? Workplace.ON_SITE : facts.workplace();
        return switch (workplace) {
            case REMOTE -> "Fully remote" + (country.isEmpty() ? "." : ", from anywhere in " + country + ".");
            case HYBRID -> "Hybrid: part of the week at our office" + place(city, country) + ", the rest from home.";
            case ON_SITE -> "At our office" + place(city, country) + ".";
        };
    }

    private static String place(String city, String country) {
        if (city == null) {
            return country.isEmpty() ? "" : " in " + country;
        }
        return " in " + city + (country.isEmpty() ? "" : ", " + country);
    }

    private String salary(SalaryRange salary, Map<String, String> answers) {
        // a range typed half way still previews; Bean Validation refuses it when drafted or saved
        if (salary == null || !salary.isComplete()) {
            return "";
        }
        NumberFormat amounts = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        String range = salary.currency() + " " + amounts.format(salary.minimum()) + " to " + amounts.format(salary.maximum())
                + " a year, before tax.";
        return phrase("salary", "salary-budget", answers.get("salary-budget")).map(extra -> range + " " + extra).orElse(range);
    }
}
