package app.rolewise.library.entity;

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
 * A saved state of a role: every save of a role adds one, numbered from 1. The content is kept as the
 * library's JSON, so versions stay readable whatever later migrations do to the role tables.
 */
@Entity
@Table(name = "role_version")
@NamedQuery(name = RoleVersion.FOR_ROLE,
        query = "select v from RoleVersion v where v.role = :role order by v.number desc")
@NamedQuery(name = RoleVersion.LATEST_NUMBER,
        query = "select coalesce(max(v.number), 0) from RoleVersion v where v.role = :role")
@NamedQuery(name = RoleVersion.BY_NUMBER,
        query = "select v from RoleVersion v where v.role = :role and v.number = :number")
public class RoleVersion {

    public static final String FOR_ROLE = "RoleVersion.forRole";
    public static final String LATEST_NUMBER = "RoleVersion.latestNumber";
    public static final String BY_NUMBER = "RoleVersion.byNumber";
    public static final int CONTENT_MAX = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "role_id", nullable = false)
    private Role role;

    @Column(nullable = false)
    private int number;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false, length = 120)
    private String savedBy;

    @Column(length = 200)
    private String note;

    @Column(name = "content_json", nullable = false, length = CONTENT_MAX)
    private String contentJson;

    protected RoleVersion() {
        // for JPA
    }

    public RoleVersion(Role role, int number, Instant savedAt, String savedBy, String note, String contentJson) {
        this.role = Objects.requireNonNull(role);
        this.number = number;
        this.savedAt = Objects.requireNonNull(savedAt);
        this.savedBy = Objects.requireNonNull(savedBy);
        this.note = note;
        this.contentJson = Objects.requireNonNull(contentJson);
    }

    public Long getId() {
        return id;
    }

    public Role getRole() {
        return role;
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
