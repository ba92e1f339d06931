package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.DescriptionContent;
import app.rolewise.hiring.description.entity.HiringContext;
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
import java.text.MessageFormat;
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
 * job is (responsibilities, skills by emphasis, growth path), the answers say why it matters here and what
 * the hire will build (goal, foundation, team, scale, seniority, location, budget), and what the manager told
 * on the draft form names the line and introduces the organisation. Written for candidates: the team's
 * situation becomes what the hire will change, never a list of the organisation's weaknesses. Pure text work,
 * no state, so it is quick and tested on its own.
 */
public final class DescriptionDrafter {

    private static final String PHRASES = "/hiring/description-phrases.properties";

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
     * @param context what the manager told about the line and the organisation, for the words only
     */
    public DescriptionContent draft(Role role, Map<String, String> answers, PostingFacts facts, HiringContext context) {
        String title = title(role, answers);
        Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
        sections.put(SectionKind.SUMMARY, opening(role, title, answers, facts));
        List<String> impact = phrasesFor("impact", answers);
        sections.put(SectionKind.IMPACT, impact.isEmpty() ? "" : phrases.getProperty("impact.intro") + "\n" + bullets(impact));
        sections.put(SectionKind.TEAM, team(answers));
        sections.put(SectionKind.RESPONSIBILITIES, bullets(role.getResponsibilities()));
        sections.put(SectionKind.MUST_HAVE, bullets(requirements(role, answers)));
        sections.put(SectionKind.NICE_TO_HAVE, bullets(concat(listed("nice.skills", skillNames(role, SkillKind.HARD, skill -> !skill.isCore())),
                phrasesFor("nice", answers))));
        sections.put(SectionKind.SOFT_SKILLS, String.join("", listed("soft.skills", skillNames(role, SkillKind.SOFT, skill -> true))));
        sections.put(SectionKind.REPORTING, reporting(role, context));
        // every role the path leads to, alternatives each on its own
        List<String> growth = role.getNextSteps().stream().flatMap(List::stream).toList();
        sections.put(SectionKind.GROWTH, growth.isEmpty() ? "" : phrases.getProperty("growth.intro") + "\n" + bullets(growth));
        sections.put(SectionKind.LOCATION, location(facts));
        sections.put(SectionKind.SALARY, salary(facts.salary(), answers));
        sections.put(SectionKind.ABOUT_US, aboutUs(facts, context));
        sections.put(SectionKind.EQUAL_OPPORTUNITY, phrases.getProperty("equal-opportunity"));
        return new DescriptionContent(title, facts, sections);
    }

    /** What the seniority expects first, then the role's core skills, then what the answers add (scale, governance). */
    private List<String> requirements(Role role, Map<String, String> answers) {
        List<String> requirements = new ArrayList<>();
        Optional<String> seniority = phrase("must", "seniority", answers.get("seniority"));
        seniority.ifPresent(requirements::add);
        requirements.addAll(listed("must.skills", skillNames(role, SkillKind.HARD, RoleSkill::isCore)));
        phrasesFor("must", answers).stream().filter(phrase -> !requirements.contains(phrase)).forEach(requirements::add);
        return requirements;
    }

    /**
     * Why the role matters here, with the organisation named; what the role does, said to the candidate; and
     * how soon results are expected.
     */
    private String opening(Role role, String title, Map<String, String> answers, PostingFacts facts) {
        String organisation = Optional.ofNullable(facts.organisation()).orElse("");
        String why = phrase("opening", "goal", answers.get("goal")).orElse(phrases.getProperty("opening.none"));
        String first = MessageFormat.format(why, organisation, CandidateVoice.withArticle(title), title);
        String summary = Optional.ofNullable(role.getSummary()).orElse("").strip();
        String what = CandidateVoice.toCandidate(summary).map(said -> MessageFormat.format(phrases.getProperty("opening.role"), said))
                .orElse(summary);
        return paragraphs(first, concat(List.of(what), phrasesFor("summary", answers)));
    }

    /** Who the hire joins first, then the scale they work at. */
    private String team(Map<String, String> answers) {
        List<String> team = new ArrayList<>();
        Optional<String> joins = phrase("team", "existing-team", answers.get("existing-team"));
        joins.ifPresent(team::add);
        phrasesFor("team", answers).stream().filter(phrase -> !team.contains(phrase)).forEach(team::add);
        return String.join(" ", team);
    }

    /** The line the manager confirmed; else the role's usual line, as the library says it. */
    private String reporting(Role role, HiringContext context) {
        if (context.reportsTo() != null) {
            return MessageFormat.format(phrases.getProperty("reporting.line"), context.reportsTo());
        }
        return Optional.ofNullable(role.getReportingLine()).orElse("");
    }

    /** Whom the hire reports to, as the draft form suggests it from the manager's answer; empty without one. */
    public Optional<String> suggestedReportsTo(Map<String, String> answers) {
        return Optional.ofNullable(answers.get("reports-to")).map(answer -> phrases.getProperty("reports-to." + answer));
    }

    /** The organisation in the manager's words: what it does, its size and what it offers; empty when they said nothing. */
    private String aboutUs(PostingFacts facts, HiringContext context) {
        Object[] told = {facts.organisation(), context.whatWeDo(),
                context.people() == null ? null : NumberFormat.getIntegerInstance(Locale.ENGLISH).format(context.people())};
        List<String> sentences = new ArrayList<>();
        if (context.whatWeDo() != null) {
            sentences.add(MessageFormat.format(phrases.getProperty("about.whatWeDo"), told));
        }
        if (context.people() != null) {
            sentences.add(MessageFormat.format(phrases.getProperty("about.people"), told));
        }
        String about = String.join(" ", sentences);
        if (context.benefits() == null) {
            return about;
        }
        List<String> benefits = context.benefits().lines().map(line -> line.replaceFirst("^\\s*[-*•]\\s*", "")).toList();
        String offer = phrases.getProperty("about.benefits") + "\n" + bullets(benefits);
        return about.isEmpty() ? offer : about + "\n\n" + offer;
    }

    /** One requirement naming the skills as the library writes them; none when there are no skills. */
    private List<String> listed(String key, List<String> skills) {
        if (skills.isEmpty()) {
            return List.of();
        }
        String names = skills.size() == 1 ? skills.get(0)
                : String.join(", ", skills.subList(0, skills.size() - 1)) + " and " + skills.get(skills.size() - 1);
        return List.of(MessageFormat.format(phrases.getProperty(key), names));
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
        String rest = String.join(" ", more.stream().filter(text -> !text.isBlank()).toList());
        return rest.isEmpty() ? first.strip() : first.strip() + "\n\n" + rest;
    }

    /**
     * The two sections that only restate the facts; rewritten whenever the facts change, so the text never
     * contradicts the facts line or the JSON-LD.
     */
    public DescriptionContent withFactSections(DescriptionContent content, Map<String, String> answers) {
        return content.withSection(SectionKind.LOCATION, location(content.facts()))
                .withSection(SectionKind.SALARY, salary(content.facts().salary(), answers));
    }

    private String location(PostingFacts facts) {
        String country = facts.location().countryName().orElse("");
        String city = facts.location().city();
        Workplace workplace = facts.workplace() == null ? Workplace.ON_SITE : facts.workplace();
        return switch (workplace) {
            case REMOTE -> country.isEmpty() ? phrases.getProperty("location.remote")
                    : MessageFormat.format(phrases.getProperty("location.remoteIn"), country);
            case HYBRID -> MessageFormat.format(phrases.getProperty("location.hybrid"), place(city, country));
            case ON_SITE -> MessageFormat.format(phrases.getProperty("location.onSite"), place(city, country));
        };
    }

    private String place(String city, String country) {
        String where = city == null ? country : city + (country.isEmpty() ? "" : ", " + country);
        return where.isEmpty() ? "" : MessageFormat.format(phrases.getProperty("location.in"), where);
    }

    private String salary(SalaryRange salary, Map<String, String> answers) {
        // a range typed half way still previews; Bean Validation refuses it when drafted or saved
        if (salary == null || !salary.isComplete()) {
            return "";
        }
        NumberFormat amounts = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        String range = MessageFormat.format(phrases.getProperty("salary.range"), salary.currency(), amounts.format(salary.minimum()),
                amounts.format(salary.maximum()));
        return phrase("salary", "salary-budget", answers.get("salary-budget")).map(extra -> range + " " + extra).orElse(range);
    }
}
