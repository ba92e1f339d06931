package app.rolewise.view;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faces' own messages (a choice the page did not offer, a number that is none, a required field left empty) and
 * PrimeFaces' file checks come from the page bundle in every locale, never from the defaults, which name a field
 * by its component id ("wizard:j_idt42:0:answer: Validation Error: Value is not valid") and speak of Java types
 * ("must be convertible to an enum"). faces-config.xml must name the page bundle as the message bundle for that.
 */
class FacesMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/app/rolewise/view");
    private static final Path FACES_CONFIG = Path.of("src/main/webapp/WEB-INF/faces-config.xml");
    private static final Pattern MESSAGE_BUNDLE = Pattern.compile("<message-bundle>\\s*([\\w.]+)\\s*</message-bundle>");
    private static final Pattern RESOURCE_BUNDLE = Pattern.compile("<base-name>\\s*([\\w.]+)\\s*</base-name>\\s*<var>msg</var>");
    /** A Bean Validation rule's message, worded by the modules, is the one message that passes a text on. */
    private static final Set<String> PASSING_ON = Set.of("jakarta.faces.validator.BeanValidator.MESSAGE");

    @Test
    void theMessageBundleIsThePageBundle() throws IOException {
        String config = Files.readString(FACES_CONFIG);

        Matcher messages = MESSAGE_BUNDLE.matcher(config);
        Matcher words = RESOURCE_BUNDLE.matcher(config);

        assertTrue(messages.find(), "faces-config.xml names a message bundle");
        assertTrue(words.find(), "faces-config.xml names the page bundle");
        assertEquals(words.group(1), messages.group(1));
    }

    @Test
    void everyFacesAndFileCheckMessageHasWordsOfItsOwnInEveryLocale() throws IOException {
        Set<String> keys = new TreeSet<>(defaults("jakarta/faces/Messages.properties").stringPropertyNames());
        defaults("org/primefaces/Messages.properties").stringPropertyNames().stream()
                .filter(key -> key.startsWith("primefaces.FileValidator.")).forEach(keys::add);
        assertTrue(keys.size() > 60 && keys.contains("jakarta.faces.component.UISelectOne.INVALID")
                && keys.contains("primefaces.FileValidator.ALLOW_TYPES"), "the defaults were read: " + keys);

        List<String> wrong = new ArrayList<>();
        for (Path locale : locales()) {
            Properties words = read(locale);
            for (String key : keys) {
                String pattern = words.getProperty(key);
                if (pattern == null) {
                    wrong.add(locale.getFileName() + ": no words for " + key);
                } else if (!PASSING_ON.contains(key) && pattern.contains("{")) {
                    wrong.add(locale.getFileName() + ": " + key + " passes on what Faces fills in (a component id, a type, the value sent)");
                } else if (pattern.contains("Validation Error") || pattern.contains("Conversion error") || pattern.contains("enum")) {
                    wrong.add(locale.getFileName() + ": " + key + " keeps Faces' wording");
                } else if (pattern.replace("''", "").contains("'")) {
                    wrong.add(locale.getFileName() + ": " + key + ": MessageFormat drops a single apostrophe");
                } else {
                    new MessageFormat(pattern);
                }
            }
        }

        assertEquals(List.of(), wrong);
    }

    private static List<Path> locales() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            List<Path> locales = files.filter(file -> file.getFileName().toString().matches("messages(_.+)?\\.properties")).toList();
            assertFalse(locales.isEmpty(), "the page bundle is in " + BUNDLES);
            return locales;
        }
    }

    private static Properties defaults(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FacesMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is on the class path");
            properties.load(in);
        }
        return properties;
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
