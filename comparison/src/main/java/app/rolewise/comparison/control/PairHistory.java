package app.rolewise.comparison.control;

import app.rolewise.comparison.entity.PairContent;
import app.rolewise.comparison.entity.RolePair;
import app.rolewise.history.boundary.ContentHistory;
import app.rolewise.history.entity.ContentVersion;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import java.util.List;
import java.util.Optional;

/**
 * The versions of each pair's content in the content history, and the pair content's JSON (versions and
 * the seed file).
 */
@ApplicationScoped
public class PairHistory {

    /** The pairs' kind of content in the history. */
    public static final String KIND = "pair";

    @Inject
    ContentHistory history;

    private Jsonb jsonb;

    @PostConstruct
    void open() {
        jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true));
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception ignored) {
            // nothing is left to release at shutdown
        }
    }

    public ContentVersion record(RolePair pair, String actor, String note) {
        return history.record(KIND, pair.getId(), actor, note, jsonb.toJson(pair.content()));
    }

    public List<ContentVersion> versions(RolePair pair) {
        return history.versions(KIND, pair.getId());
    }

    public Optional<ContentVersion> latest(RolePair pair) {
        return history.latest(KIND, pair.getId());
    }

    public Optional<ContentVersion> version(RolePair pair, int number) {
        return history.version(KIND, pair.getId(), number);
    }

    public PairContent contentOf(ContentVersion version) {
        return jsonb.fromJson(version.getContentJson(), PairContent.class);
    }

    public List<PairContent> readSeed(String json) {
        return List.of(jsonb.fromJson(json, PairContent[].class));
    }
}
