package app.rolewise.view;

import app.rolewise.audit.entity.AuditAction;
import app.rolewise.comparison.entity.Aspect;
import app.rolewise.comparison.entity.PairContent;
import app.rolewise.hiring.assessment.entity.AssessmentStatus;
import app.rolewise.hiring.description.control.WordingRules;
import app.rolewise.hiring.description.entity.DescriptionContent;
import app.rolewise.hiring.description.entity.DescriptionState;
import app.rolewise.hiring.description.entity.EmploymentType;
import app.rolewise.hiring.description.entity.LanguageReview;
import app.rolewise.hiring.description.entity.Readability;
import app.rolewise.hiring.description.entity.ReviewAction;
import app.rolewise.hiring.description.entity.WordingAdvice;
import app.rolewise.hiring.description.entity.Workplace;
import app.rolewise.hiring.recommendation.entity.DecisionModel;
import app.rolewise.hiring.recommendation.entity.Recommendation;
import app.rolewise.history.entity.VersionNote;
import app.rolewise.library.entity.ContentStatus;
import app.rolewise.library.entity.Emphasis;
import app.rolewise.library.entity.RoleContent;
import app.rolewise.library.entity.SkillKind;
import app.rolewise.security.AccessRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Values the pages name by key (a prefix and the value's name, such as {@code assessments.status.DESCRIBED})
 * have their words in every locale of the page bundle: none shows as ???key???. The prefixes are found in the
 * pages and servlets, so a page that starts naming another kind of value by key fails here until the values
 * behind that prefix are listed below, and a value added to a listed enum fails until it has its words.
 */
class EnumWordsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/app/rolewise/view");

    /** {@code msg['prefix.'.concat(…)]} and {@code msg['prefix.' += …]} in a page. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9.]+\\.)'\\s*(?:\\.concat\\(|\\+=)");
    /** {@code getString("prefix." + …)} in a servlet, which reads the bundle without Faces. */
    private static final Pattern SOURCE_KEY = Pattern.compile("getString\\(\\s*\"([A-Za-z0-9.]+\\.)\"\\s*\\+");

    /** Each prefix a page or servlet builds keys with, and every value it completes them with. */
    private static final Map<String, List<String>> NAMED = Map.ofEntries(
            entry("role.", Stream.of(AccessRole.values()).map(AccessRole::roleName).toList()),
            entry("role.status.", names(ContentStatus.values())),
            entry("admin.audit.action.", names(AuditAction.values())),
            entry("dimension.", names(RoleContent.Dimension.values())),
            entry("skill.kind.", names(SkillKind.values())),
            entry("emphasis.", names(Emphasis.values())),
            entry("aspect.", names(Aspect.values())),
            entry("pairPart.", names(PairContent.Part.values())),
            entry("assessments.status.", names(AssessmentStatus.values())),
            entry("assessment.confidence.", names(Recommendation.Confidence.values())),
            entry("assessment.confidenceWhy.", names(Recommendation.Confidence.values())),
            entry("assessment.strength.", IntStream.rangeClosed(1, DecisionModel.FULL).mapToObj(Integer::toString).toList()),
            entry("description.state.", names(DescriptionState.values())),
            entry("description.action.", names(ReviewAction.values())),
            entry("description.workplace.", names(Workplace.values())),
            entry("description.employmentType.", names(EmploymentType.values())),
            entry("description.fact.", names(DescriptionContent.Fact.values())),
            // a person's save shows only what they wrote
            entry("version.event.", Stream.of(VersionNote.Event.values()).filter(event -> event != VersionNote.Event.WRITTEN)
                    .map(Enum::name).toList()),
            entry("check.verdict.", names(LanguageReview.Verdict.values())),
            entry("check.ease.", names(Readability.Label.values())),
            entry("check.wording.kind.", names(WordingAdvice.Kind.values())),
            // a rule's reason and fix: wording.<rule>.why, wording.<rule>.fix
            entry("wording.", WordingRules.standard().ids().stream().flatMap(rule -> Stream.of(rule + ".why", rule + ".fix")).toList()),
            entry("list.sort.", names(ListSort.values())));

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).toList();
    }

    @Test
    void everyPrefixThePagesBuildKeysWithIsListedHere() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(prefixes(WEBAPP, ".xhtml", PAGE_KEY));
        used.addAll(prefixes(SOURCES, ".java", SOURCE_KEY));

        assertFalse(used.isEmpty(), "the pages build keys from values");
        assertEquals(used, new TreeSet<>(NAMED.keySet()),
                "prefixes the pages and servlets build keys with vs. the ones this test knows the values of");
    }

    @Test
    void everyLocaleHasTheWordsOfEveryNamedValue() throws IOException {
        List<Path> locales;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            locales = files.filter(file -> file.getFileName().toString().matches("messages(_.+)?\\.properties")).sorted().toList();
        }
        assertFalse(locales.isEmpty(), "the page bundle is at " + BUNDLES);

        List<String> missing = new ArrayList<>();
        for (Path locale : locales) {
            Properties words = read(locale);
            NAMED.forEach((prefix, values) -> values.stream().map(value -> prefix + value)
                    .filter(key -> words.getProperty(key) == null)
                    .forEach(key -> missing.add(locale.getFileName() + ": " + key)));
        }

        assertEquals(List.of(), missing.stream().sorted().toList());
    }

    private static Set<String> prefixes(Path root, String suffix, Pattern key) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(suffix)).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        }
        return found;
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
