package app.rolewise.view.compare;

import app.rolewise.comparison.boundary.ComparisonRequest;
import app.rolewise.comparison.boundary.Comparisons;
import app.rolewise.comparison.boundary.PairContents;
import app.rolewise.comparison.boundary.ViewCounter;
import app.rolewise.comparison.control.ComparisonHtml;
import app.rolewise.comparison.entity.Comparison;
import app.rolewise.comparison.entity.ComparisonView;
import app.rolewise.comparison.entity.RolePair;
import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import app.rolewise.view.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
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
    RenderedComparisons rendered;

    private String roles;
    private List<String> picked = new ArrayList<>();
    private Map<String, String> names;
    private Comparison comparison;
    private RolePair pair;
    private List<RolePair> curated;
    private List<ComparisonView> mostViewed;
    private RenderedComparisons.Page page;

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
            ComparisonRequest request = preparedFor(roles).orElseGet(() -> comparisons.compare(wanted));
            request.notFound().forEach(slug -> Feedback.warn("compare.notFound", slug));
            if (!request.ignored().isEmpty()) {
                Feedback.warn("compare.tooMany", Comparison.MAX_ROLES, String.join(", ", request.ignored()));
            }
            comparison = request.comparison().orElse(null);
            pair = request.pair().orElse(null);
            if (comparison == null) {
                Feedback.warn("compare.needTwo");
            }
        }
        if (comparison == null) {
            curated = pairs.curated();
            mostViewed = comparisons.mostViewed(MOST_VIEWED);
            picked = new ArrayList<>(wanted.stream().filter(names()::containsKey).toList());
            return;
        }
        names = comparison.roles().stream()
                .collect(Collectors.toMap(role -> role.getSlug().value(), Role::getName, (a, b) -> a, LinkedHashMap::new));
        picked = new ArrayList<>(names.keySet());
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle words = faces.getApplication().getResourceBundle(faces, "msg");
        page = rendered.of(comparison, Optional.ofNullable(pair), faces.getViewRoot().getLocale(),
                faces.getExternalContext().getRequestContextPath(), words::getString);
        viewCounter.viewed(comparison.key());
    }

    /** The comparison {@link ComparisonPages} made for this address, so that the kept page shows the same. */
    private static Optional<ComparisonRequest> preparedFor(String roles) {
        Object prepared = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(ComparisonPages.COMPARED);
        return prepared instanceof ComparisonPages.Compared compared && compared.roles().equals(roles)
                ? Optional.of(compared.request())
                : Optional.empty();
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
        return page == null ? null : page.chart();
    }

    /** The read-only parts of the comparison as escaped HTML (see {@link RenderedComparisons}). */
    public ComparisonHtml.Blocks getBlocks() {
        return page == null ? null : page.blocks();
    }

    public String getRolesParameter() {
        return comparison == null ? "" : String.join(",", picked);
    }
}
