package app.rolewise.it;

import jakarta.servlet.annotation.WebServlet;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the built WAR answers to, read from the WAR itself rather than listed by hand: every page (.xhtml
 * outside WEB-INF) by each address it answers to, every servlet the web module declares, every mapping in
 * web.xml; the URL parameters each takes (a page's f:viewParam names, a servlet's getParameter names); and
 * who may open each, by a prefix table. A new page or servlet without a rule fails the tests that use it
 * until someone decides who may open it.
 */
final class DeployedWar {

    /** Who may open what, by path prefix; the longest matching prefix decides. No catch-all on purpose. */
    private static final Map<String, Audience> RULES = Map.ofEntries(
            Map.entry("/signed-out", Audience.EVERYONE),
            Map.entry("/index", Audience.SIGNED_IN),
            Map.entry("/roles/", Audience.SIGNED_IN),
            Map.entry("/compare", Audience.SIGNED_IN),
            Map.entry("/errors/", Audience.SIGNED_IN),
            Map.entry("/logout", Audience.EVERYONE), // signing out must work after the session expired
            Map.entry("/assessments/", Audience.MANAGERS_AND_HR),
            Map.entry("/descriptions/", Audience.MANAGERS_AND_HR),
            Map.entry("/admin/", Audience.ADMINS));

    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s[^>]*name=\"([^\"]+)\"");
    private static final Pattern SERVLET_PARAM = Pattern.compile("getParameter\\(\"([^\"]+)\"\\)");

    enum Audience {
        EVERYONE(EnumSet.allOf(DemoUser.class)),
        SIGNED_IN(EnumSet.allOf(DemoUser.class)),
        MANAGERS_AND_HR(EnumSet.of(DemoUser.MARK, DemoUser.NINA, DemoUser.HOLLY)),
        ADMINS(EnumSet.of(DemoUser.ALICE));

        final Set<DemoUser> users;

        Audience(Set<DemoUser> users) {
            this.users = users;
        }
    }

    private DeployedWar() {
    }

    /**
     * Each page by every address it answers to (/a/b.xhtml, /a/b, and /a/ for an index), each servlet by
     * its patterns, each mapping in web.xml that names a path.
     */
    static Set<String> paths() {
        Set<String> paths = new TreeSet<>();
        for (String page : pages().keySet()) {
            String bare = page.substring(0, page.length() - ".xhtml".length());
            paths.add(page);
            paths.add(bare);
            if (bare.endsWith("/index")) {
                paths.add(bare.substring(0, bare.length() - "index".length()));
            }
        }
        paths.addAll(servlets().keySet());
        try (ZipFile zip = new ZipFile(war())) {
            String descriptor = new String(zip.getInputStream(zip.getEntry("WEB-INF/web.xml")).readAllBytes(), StandardCharsets.UTF_8);
            Matcher mapping = Pattern.compile("<servlet-mapping>.*?</servlet-mapping>", Pattern.DOTALL).matcher(descriptor);
            while (mapping.find()) {
                Matcher pattern = Pattern.compile("<url-pattern>\\s*(/[^<*]*)\\s*</url-pattern>").matcher(mapping.group());
                while (pattern.find()) {
                    paths.add(pattern.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    /** Every page as /a/b.xhtml with the names of its f:viewParam URL parameters. */
    static Map<String, Set<String>> pages() {
        Map<String, Set<String>> pages = new TreeMap<>();
        try (ZipFile zip = new ZipFile(war())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("META-INF/")
                        && !name.startsWith("resources/")) {
                    String source = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    pages.put("/" + name, matches(VIEW_PARAM, source));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /**
     * Every servlet of the web module by each of its patterns, with the parameters its source reads
     * ({@code request.getParameter("…")}, or id and format through {@code FileRequest}; the source is next
     * door in the web module).
     */
    static Map<String, Set<String>> servlets() {
        Map<String, Set<String>> servlets = new TreeMap<>();
        try (ZipFile zip = new ZipFile(war())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (name.startsWith("WEB-INF/classes/") && name.endsWith(".class") && !name.contains("$")) {
                    String className = name.substring("WEB-INF/classes/".length(), name.length() - ".class".length());
                    List<String> patterns = servletPatterns(className.replace('/', '.'));
                    if (!patterns.isEmpty()) {
                        Set<String> parameters = parametersRead(className);
                        patterns.forEach(pattern -> servlets.put(pattern, parameters));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return servlets;
    }

    private static Set<String> parametersRead(String classPath) {
        Path source = Path.of(System.getProperty("rolewise.web.sources", "../web/src/main/java"), classPath + ".java");
        try {
            if (!Files.exists(source)) {
                return Set.of();
            }
            String code = Files.readString(source);
            Set<String> parameters = matches(SERVLET_PARAM, code);
            if (code.contains("FileRequest.read(")) {
                // a download reads its id and format through FileRequest
                parameters.addAll(List.of("id", "format"));
            }
            return parameters;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static File war() {
        return new File(System.getProperty("rolewise.war", "../web/target/rolewise.war"));
    }

    private static List<String> servletPatterns(String className) {
        try {
            Class<?> type = Class.forName(className, false, DeployedWar.class.getClassLoader());
            WebServlet servlet = type.getAnnotation(WebServlet.class);
            if (servlet == null) {
                return List.of();
            }
            List<String> patterns = new ArrayList<>(Arrays.asList(servlet.value()));
            patterns.addAll(Arrays.asList(servlet.urlPatterns()));
            return patterns;
        } catch (ClassNotFoundException | LinkageError notLoadable) {
            throw new AssertionError("the web module's classes are on the test class path: " + className, notLoadable);
        }
    }

    static Optional<Audience> audience(String path) {
        String page = path.endsWith("/") ? path + "index" : path; // a folder answers with its index page
        return RULES.entrySet().stream()
                .filter(rule -> covers(rule.getKey(), page))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue);
    }

    /** "/admin/" covers everything below it; "/compare" covers /compare, /compare.xhtml and /compare/pdf. */
    private static boolean covers(String prefix, String page) {
        return prefix.endsWith("/")
                ? page.startsWith(prefix)
                : page.equals(prefix) || page.startsWith(prefix + ".") || page.startsWith(prefix + "/");
    }
}
