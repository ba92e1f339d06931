package app.rolewise.view;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every refusal key the modules throw with ({@code "refused.…"} in their sources) has its words in every
 * locale of the page bundle, and the bundle keeps no refusal that nothing throws: a missing key would end
 * the request on the error page instead of telling the user why it was refused.
 */
class RefusalMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(refused\\.[A-Za-z]+(?:\\.[A-Za-z]+)*)\"");
    private static final Path BUNDLES = Path.of("src/main/resources/app/rolewise/view");

    @Test
    void everyLocaleHasTheWordsOfEveryRefusalThrown() throws IOException {
        Set<String> thrown = thrownKeys();
        List<Path> locales;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            locales = files.filter(file -> file.getFileName().toString().matches("messages(_.+)?\\.properties")).toList();
        }
        assertFalse(thrown.isEmpty() || locales.isEmpty(), "found " + thrown + " in " + locales);

        for (Path locale : locales) {
            Properties words = read(locale);
            Set<String> refusals = words.stringPropertyNames().stream().filter(key -> key.startsWith("refused."))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(thrown, refusals, locale + ": refusal keys thrown vs. refusal keys with words");
            for (String key : refusals) {
                String pattern = words.getProperty(key);
                assertFalse(pattern.replace("''", "").contains("'"), locale + " " + key + ": MessageFormat drops a single apostrophe");
                new MessageFormat(pattern);
            }
        }
    }

    private static Set<String> thrownKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            for (Path source : files.filter(path -> path.toString().contains("/src/main/java/") && path.toString().endsWith(".java"))
                    .filter(path -> !path.toString().contains("/target/")).toList()) {
                Matcher key = KEY.matcher(Files.readString(source));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
