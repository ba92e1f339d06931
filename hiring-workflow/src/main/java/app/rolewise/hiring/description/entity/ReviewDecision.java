package app.rolewise.hiring.description.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One step in a description's history: who did what to which revision, when, and why. Never changed once
 * written.
 */
@Entity
@Table(name = "review_decision")
@NamedQuery(name = ReviewDecision.OF_DESCRIPTION,
        query = "select d from ReviewDecision d where d.descriptionId = :description order by d.decidedAt desc, d.id desc")
public class ReviewDecision implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_DESCRIPTION = "ReviewDecision.ofDescription";
    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "description_id", nullable = false)
    private Long descriptionId;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewAction action;

    @Column(nullable = false, length = 120)
    private String actor;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Size(max = NOTE_MAX, message = "{description.note.size}")
    @Column(length = NOTE_MAX)
    private String note;

    /** Masculine-coded words in a revision sent leaning masculine, after its manager was told; null otherwise. */
    @Column(name = "open_findings")
    private Integer openFindings;

    protected ReviewDecision() {
        // for JPA
    }

    public ReviewDecision(JobDescription description, ReviewAction action, String actor, String note, Instant at) {
        this(description, action, actor, note, at, 0);
    }

    /** A submission sent leaning masculine with {@code openFindings} masculine-coded words, after the manager was told. */
    public ReviewDecision(JobDescription description, ReviewAction action, String actor, String note, Instant at, int openFindings) {
        this.openFindings = openFindings > 0 ? openFindings : null;
        this.descriptionId = Objects.requireNonNull(description.getId(), "a stored description");
        this.revision = description.getRevision();
        this.action = Objects.requireNonNull(action);
        this.actor = Objects.requireNonNull(actor);
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.decidedAt = Objects.requireNonNull(at);
    }

    public Integer getOpenFindings() {
        return openFindings;
    }

    public Long getId() {
        return id;
    }

    public Long getDescriptionId() {
        return descriptionId;
    }

    public int getRevision() {
        return revision;
    }

    public ReviewAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getNote() {
        return note;
    }
}
