package app.rolewise.comparison.control;

import app.rolewise.comparison.entity.PairContent;
import app.rolewise.comparison.entity.PairVersion;
import app.rolewise.comparison.entity.RolePair;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The versions of each pair's content, and the pair content's JSON (versions and the seed file).
 */
@ApplicationScoped
public class PairHistory {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

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

    public PairVersion record(RolePair pair, String actor, String note) {
        int next = em.createNamedQuery(PairVersion.LATEST_NUMBER, Integer.class).setParameter("pair", pair).getSingleResult() + 1;
        PairVersion version = new PairVersion(pair, next, Instant.now(clock), actor, note, jsonb.toJson(pair.content()));
        em.persist(version);
        return version;
    }

    public List<PairVersion> versions(RolePair pair) {
        return em.createNamedQuery(PairVersion.FOR_PAIR, PairVersion.class).setParameter("pair", pair).getResultList();
    }

    public Optional<PairVersion> version(RolePair pair, int number) {
        return em.createNamedQuery(PairVersion.BY_NUMBER, PairVersion.class)
                .setParameter("pair", pair).setParameter("number", number)
                .getResultStream().findFirst();
    }

    public PairContent contentOf(PairVersion version) {
        return jsonb.fromJson(version.getContentJson(), PairContent.class);
    }

    public List<PairContent> readSeed(String json) {
        return List.of(jsonb.fromJson(json, PairContent[].class));
    }
}
