package app.rolewise.comparison.boundary;

import app.rolewise.audit.boundary.AuditLog;
import app.rolewise.history.boundary.ContentHistory;
import app.rolewise.history.entity.VersionNote;
import app.rolewise.audit.entity.AuditAction;
import app.rolewise.comparison.entity.PairContent;
import app.rolewise.comparison.entity.RolePair;
import app.rolewise.library.entity.ContentStatus;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the pair content that ships with Rolewise ({@code comparison/seed-pairs.json}) once, when there
 * is none yet and the roles it is about exist.
 */
@Startup
@Singleton
@DependsOn("LibrarySeed")
public class PairSeed {

    static final String SEED = "comparison/seed-pairs.json";
    private static final Logger LOG = Logger.getLogger(PairSeed.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentHistory history;

    @Inject
    AuditLog audit;

    @PostConstruct
    void seedEmptyPairs() {
        if (em.createNamedQuery(RolePair.COUNT, Long.class).getSingleResult() > 0) {
            return;
        }
        int seeded = 0;
        for (PairContent content : readSeed(seedText())) {
            Role one = role(content.roles().get(0));
            Role other = role(content.roles().get(1));
            if (one == null || other == null) {
                LOG.warning(() -> "Seed pair skipped, its roles are not in the library: " + content.roles());
                continue;
            }
            RolePair pair = new RolePair(one, other);
            pair.revise(content);
            if (content.status() == ContentStatus.PUBLISHED) {
                pair.publish();
            }
            em.persist(pair);
            em.flush();
            history.record(PairContent.KIND, pair.getId(), AuditLog.SYSTEM, VersionNote.seeded(), pair.content());
            audit.record(AuditAction.CREATED, "pair", pair.getPairKey(), "Seed");
            seeded++;
        }
        int count = seeded;
        LOG.info(() -> "Seeded " + count + " role pairs");
    }

    private static List<PairContent> readSeed(String json) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return List.of(jsonb.fromJson(json, PairContent[].class));
        } catch (Exception unreadable) {
            throw new IllegalStateException("The shipped role pairs cannot be read", unreadable);
        }
    }

    private Role role(String slug) {
        return em.createNamedQuery(Role.FIND_BY_SLUG, Role.class).setParameter("slug", new RoleSlug(slug))
                .getResultStream().findFirst().orElse(null);
    }

    private static String seedText() {
        try (InputStream seed = PairSeed.class.getClassLoader().getResourceAsStream(SEED)) {
            if (seed == null) {
                throw new IllegalStateException("The seed " + SEED + " is missing from the build");
            }
            return new String(seed.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
