package app.rolewise.comparison.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A saved state of a pair's content: every save adds one, numbered from 1, kept as JSON.
 */
@Entity
@Table(name = "pair_version")
@NamedQuery(name = PairVersion.FOR_PAIR, query = "select v from PairVersion v where v.pair = :pair order by v.number desc")
@NamedQuery(name = PairVersion.LATEST_NUMBER, query = "select coalesce(max(v.number), 0) from PairVersion v where v.pair = :pair")
@NamedQuery(name = PairVersion.BY_NUMBER, query = "select v from PairVersion v where v.pair = :pair and v.number = :number")
public class PairVersion {

    public static final String FOR_PAIR = "PairVersion.forPair";
    public static final String LATEST_NUMBER = "PairVersion.latestNumber";
    public static final String BY_NUMBER = "PairVersion.byNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "pair_id", nullable = false)
    private RolePair pair;

    @Column(nullable = false)
    private int number;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false, length = 120)
    private String savedBy;

    @Column(length = 200)
    private String note;

    @Column(name = "content_json", nullable = false, length = 1_000_000)
    private String contentJson;

    protected PairVersion() {
        // for JPA
    }

    public PairVersion(RolePair pair, int number, Instant savedAt, String savedBy, String note, String contentJson) {
        this.pair = Objects.requireNonNull(pair);
        this.number = number;
        this.savedAt = Objects.requireNonNull(savedAt);
        this.savedBy = Objects.requireNonNull(savedBy);
        this.note = note;
        this.contentJson = Objects.requireNonNull(contentJson);
    }

    public int getNumber() {
        return number;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public String getNote() {
        return note;
    }

    public String getContentJson() {
        return contentJson;
    }
}
