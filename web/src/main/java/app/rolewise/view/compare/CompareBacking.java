package app.rolewise.view.compare;

import app.rolewise.comparison.boundary.ComparisonRequest;
import app.rolewise.comparison.boundary.Comparisons;
import app.rolewise.comparison.boundary.PairContents;
import app.rolewise.comparison.boundary.ViewCounter;
import app.rolewise.comparison.entity.Comparison;
import app.rolewise.comparison.entity.ComparisonView;
import app.rolewise.comparison.entity.RolePair;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import app.rolewise.security.CurrentUser;
import app.rolewise.view.ConditionalGet;
import app.rolewise.view.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs the compare hub ({@code /compare.xhtml?roles=a,b}): without roles, the picker, curated pairs and
 * most viewed comparisons; with roles, the comparison itself. Unknown or unpublished roles in the URL
 * get a message, never an error page.
 */
@Named
@RequestScoped
public class CompareBacking {

    private static final int MOST_VIEWED = 6;

    @Inject
    Comparisons comparisons;

    @Inject
    PairContents pairs;

    @Inject
    RoleLibrary roleLibrary;

    @Inject
    ViewCounter viewCounter;

    @Inject
    CurrentUser currentUser;

    private String roles;
    private List<String> picked = new ArrayList<>();
    private Map<String, String> names;
    private Comparison comparison;
    private RolePair pair;
    private List<RolePair> curated;
    private List<ComparisonView> mostViewed;
    private String chart;
    private String cacheKey;
    private String comparedWith;

    /** Published roles by URL name, read when the picker needs them (not for every comparison shown). */
    private Map<String, String> names() {
        if (names == null) {
            names = roleLibrary.publishedRoles().stream()
                    .collect(Collectors.toMap(role -> role.getSlug().value(), Role::getName, (a, b) -> a, LinkedHashMap::new));
        }
        return names;
    }

    /** Runs on GET: reads {@code roles}, compares, or prepares the hub. */
    public void load() {
        List<String> wanted = roles == null ? List.of() : Arrays.stream(roles.split(",")).map(String::strip)
                .filter(slug -> !slug.isEmpty()).toList();
        if (!wanted.isEmpty()) {
            ComparisonRequest request = comparisons.compare(wanted);
            request.notFound().forEach(slug -> Feedback.warn("compare.notFound", slug));
            if (!request.ignored().isEmpty()) {
                Feedback.warn("compare.tooMany", Comparison.MAX_ROLES, String.join(", ", request.ignored()));
            }
            comparison = request.comparison().orElse(null);
            pair = request.pair().orElse(null);
            // one published role alone is where "Compare with…" on its page starts: kept picked, not a mistake
            if (comparison == null && !(wanted.size() == 1 && request.notFound().isEmpty())) {
                Feedback.warn("compare.needTwo");
            }
        }
        if (comparison == null) {
            curated = pairs.curated();
            mostViewed = comparisons.mostViewed(MOST_VIEWED);
            picked = new ArrayList<>(wanted.stream().filter(names()::containsKey).toList());
            comparedWith = picked.size() == 1 && wanted.size() == 1 ? nameOf(picked.get(0)) : null;
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        cacheKey = comparison.contentKey() + ";" + (pair == null ? "" : pair.getPairKey() + "@" + pair.getVersion())
                + ";" + faces.getViewRoot().getLocale();
        viewCounter.viewed(comparison.key());
        // the page is this content as this person sees it, with this request's messages (unknown roles in the URL)
        if (ConditionalGet.notModified(cacheKey, currentUser.getUserName(), currentUser.getDisplayName(), currentUser.getRoles(),
                faces.getMessageList().stream().map(FacesMessage::getSummary).toList())) {
            return;
        }
        names = comparison.roles().stream()
                .collect(Collectors.toMap(role -> role.getSlug().value(), Role::getName, (a, b) -> a, LinkedHashMap::new));
        picked = new ArrayList<>(names.keySet());
        chart = EmphasisChart.of(comparison);
    }

    /** Opens the comparison of the picked roles at its bookmarkable address. */
    public String compare() {
        if (picked == null || picked.size() < Comparison.MIN_ROLES) {
            Feedback.warn("compare.needTwo");
            return null;
        }
        return "/compare?faces-redirect=true&roles=" + String.join(",", picked);
    }

    public String nameOf(String slug) {
        return names().getOrDefault(slug, slug);
    }

    public String getRoles() {
        return roles;
    }

    public void setRoles(String roles) {
        this.roles = roles;
    }

    public List<String> getPicked() {
        return picked;
    }

    public void setPicked(List<String> picked) {
        this.picked = picked;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public RolePair getPair() {
        return pair;
    }

    public List<RolePair> getCurated() {
        return curated;
    }

    public List<ComparisonView> getMostViewed() {
        return mostViewed;
    }

    public String getChart() {
        return chart;
    }

    /** What the page's read-only blocks are made from; the page keeps their markup under it ({@code o:cache}). */
    public String getCacheKey() {
        return cacheKey;
    }

    /** The one role the address names, to be compared with others the picker adds; null otherwise. */
    public String getComparedWith() {
        return comparedWith;
    }

    public String getRolesParameter() {
        return comparison == null ? "" : String.join(",", picked);
    }
}
