package app.rolewise.comparison.boundary;

import app.rolewise.comparison.control.ComparisonPdf;
import app.rolewise.comparison.entity.Comparison;
import app.rolewise.comparison.entity.ComparisonView;
import app.rolewise.comparison.entity.RolePair;
import app.rolewise.content.AccessRoles;
import app.rolewise.content.ExportedFile;
import app.rolewise.content.FileFormat;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares published roles for everyone signed in, and keeps count of which comparisons people open.
 */
@Stateless
public class Comparisons {

    @Inject
    RoleLibrary roleLibrary;

    @Inject
    PairContents pairs;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * Compares the published roles among the given URL names, in the given order. Names that are not a
     * published role are reported, not fatal; beyond the fourth role the rest are ignored.
     */
    @RolesAllowed({AccessRoles.ADMIN, AccessRoles.MANAGER, AccessRoles.HR})
    public ComparisonRequest compare(List<String> slugs) {
        Set<String> wanted = new LinkedHashSet<>();
        slugs.stream().map(String::strip).filter(slug -> !slug.isEmpty()).forEach(wanted::add);
        List<Role> found = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String slug : wanted) {
            Optional<Role> role = parse(slug).flatMap(roleLibrary::publishedRole);
            if (role.isEmpty()) {
                notFound.add(slug);
            } else if (found.size() == Comparison.MAX_ROLES) {
                ignored.add(slug);
            } else {
                found.add(role.get());
            }
        }
        if (found.size() < Comparison.MIN_ROLES) {
            return new ComparisonRequest(Optional.empty(), notFound, ignored, Optional.empty());
        }
        Optional<RolePair> pair = found.size() == 2
                ? pairs.publishedFor(found.get(0).getSlug(), found.get(1).getSlug())
                : Optional.empty();
        return new ComparisonRequest(Optional.of(Comparison.of(found)), notFound, ignored, pair);
    }

    /**
     * The comparison {@link #compare} makes, as a PDF in the words {@code label} gives for the message keys it
     * names; empty when fewer than two of the roles are published.
     */
    @RolesAllowed({AccessRoles.ADMIN, AccessRoles.MANAGER, AccessRoles.HR})
    public Optional<ExportedFile> pdf(List<String> slugs, Function<String, String> label) {
        ComparisonRequest compared = compare(slugs);
        return compared.comparison().map(comparison -> new ExportedFile("rolewise-" + comparison.key(), FileFormat.PDF,
                ComparisonPdf.render(comparison, compared.pair(), label)));
    }

    /** Adds views counted in memory (see ViewCounter) to the stored counts, in a transaction of its own. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void addViews(String key, long views) {
        Instant now = Instant.now(clock);
        int updated = em.createQuery("update ComparisonView v set v.views = v.views + :views, v.lastViewedAt = :now where v.key = :key")
                .setParameter("views", views).setParameter("now", now).setParameter("key", key).executeUpdate();
        if (updated == 0) {
            ComparisonView first = new ComparisonView(key, now);
            for (long i = 0; i < views; i++) {
                first.viewed(now);
            }
            em.persist(first);
        }
    }

    @RolesAllowed({AccessRoles.ADMIN, AccessRoles.MANAGER, AccessRoles.HR})
    public List<ComparisonView> mostViewed(int max) {
        return em.createNamedQuery(ComparisonView.MOST_VIEWED, ComparisonView.class).setMaxResults(max).getResultList();
    }

    private static Optional<RoleSlug> parse(String slug) {
        try {
            return Optional.of(new RoleSlug(slug));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
