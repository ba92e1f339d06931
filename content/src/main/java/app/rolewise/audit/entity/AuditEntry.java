package app.rolewise.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * Who did what to which piece of content, and when. Entries are never changed or deleted.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int DETAILS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(nullable = false, length = 120)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_key", nullable = false, length = 120)
    private String subjectKey;

    @Column(length = DETAILS_MAX)
    private String details;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant happenedAt, String actor, AuditAction action, String subjectType, String subjectKey, String details) {
        this.happenedAt = Objects.requireNonNull(happenedAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = action.name();
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectKey = Objects.requireNonNull(subjectKey);
        this.details = details == null || details.length() <= DETAILS_MAX
                ? details
                : details.substring(0, DETAILS_MAX - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getActor() {
        return actor;
    }

    /** The {@link AuditAction}'s name; kept as text, so that the filter matches it as it matches the rest. */
    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getDetails() {
        return details;
    }
}
