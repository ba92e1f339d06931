package app.rolewise.comparison.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * How often a set of roles has been compared, for the hub's "most viewed" list.
 */
@Entity
@Table(name = "comparison_view")
@NamedQuery(name = ComparisonView.MOST_VIEWED, query = "select v from ComparisonView v order by v.views desc, v.lastViewedAt desc")
public class ComparisonView {

    public static final String MOST_VIEWED = "ComparisonView.mostViewed";

    @Id
    @Column(name = "comparison_key", length = 400)
    private String key;

    @Column(nullable = false)
    private long views;

    @Column(name = "last_viewed_at", nullable = false)
    private Instant lastViewedAt;

    protected ComparisonView() {
        // for JPA
    }

    public ComparisonView(String key, Instant at) {
        this.key = key;
        this.views = 0;
        this.lastViewedAt = at;
    }

    public void viewed(Instant at) {
        views++;
        lastViewedAt = at;
    }

    public String getKey() {
        return key;
    }

    public long getViews() {
        return views;
    }

    /** The compared roles' URL names, in the order of the key. */
    public java.util.List<String> slugs() {
        return java.util.List.of(key.split("\\+"));
    }
}
