package app.rolewise.view.compare;

import app.rolewise.comparison.control.ComparisonHtml;
import app.rolewise.comparison.entity.Comparison;
import app.rolewise.comparison.entity.RolePair;
import app.rolewise.library.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The read-only parts of the compare page (escaped HTML blocks and the chart's configuration), made once
 * per roles in their order, their content versions, the pair's version, the skills' filing, locale and context path, and
 * kept for every later request. Saving, publishing, archiving or restoring a role or a pair bumps its JPA
 * version, so a changed role or pair never matches an older entry: stale HTML cannot be served, even when
 * a request that read the old content stores its HTML after the change committed. Old entries fall out
 * of the bounded LRU.
 */
@ApplicationScoped
public class RenderedComparisons {

    /** About 30 KB each; a few hundred role sets cover what people open, the LRU drops the rest. */
    static final int MAX_ENTRIES = 256;

    private static final String[] PALETTE = {"#3b5bdb", "#e8590c", "#2b8a3e", "#862e9c"};

    /** What the page shows of one comparison besides its few interactive components. */
    public record Page(ComparisonHtml.Blocks blocks, String chart) {
    }

    /**
     * What a comparison's HTML depends on. Skills belong to no role: an import can re-file one (kind,
     * category) without any role's version changing, so their filing is part of the key.
     */
    record Key(List<String> roleVersions, String pairVersion, List<String> skills, Locale locale, String contextPath) {

        static Key of(Comparison comparison, Optional<RolePair> pair, Locale locale, String contextPath) {
            return new Key(comparison.roles().stream().map(role -> role.getSlug().value() + "@" + role.getVersion()).toList(),
                    pair.map(p -> p.getPairKey() + "@" + p.getVersion()).orElse(""),
                    comparison.roles().stream().flatMap(role -> role.getSkills().stream())
                            .map(use -> use.getSkill().getName() + "|" + use.getSkill().getKind() + "|" + use.getSkill().getCategory())
                            .distinct().toList(),
                    locale, contextPath);
        }
    }

    private final Map<Key, Page> rendered = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Page> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    /**
     * @param words the page's messages in this locale, read only when the page is not rendered yet
     */
    public Page of(Comparison comparison, Optional<RolePair> pair, Locale locale, String contextPath, Function<String, String> words) {
        Key key = Key.of(comparison, pair, locale, contextPath);
        Page page = rendered.get(key);
        if (page == null) {
            // made outside the lock: two first requests may both render, and either result is right
            page = new Page(ComparisonHtml.render(comparison, pair, words, contextPath), chartJson(comparison));
            rendered.put(key, page);
        }
        return page;
    }

    int size() {
        return rendered.size();
    }

    /** Chart.js configuration: how much each role leans on each skill category (core skills count double). */
    static String chartJson(Comparison comparison) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        comparison.categories().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        List<Role> compared = comparison.roles();
        for (int i = 0; i < compared.size(); i++) {
            Role role = compared.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            comparison.emphasisByCategory().get(role.getSlug().value()).values().forEach(data::add);
            datasets.add(Json.createObjectBuilder()
                    .add("label", role.getName())
                    .add("data", data)
                    .add("backgroundColor", PALETTE[i % PALETTE.length]));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("indexAxis", "y")
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }
}
