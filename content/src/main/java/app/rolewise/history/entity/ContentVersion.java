package app.rolewise.history.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A saved state of a piece of content, such as a role: every save adds one, numbered from 1 per subject.
 * The subject is named by its kind ({@code "role"}, {@code "pair"}, {@code "question-bank"}) and its id
 * within that kind. The content is kept as the kind's JSON, so versions stay readable whatever later
 * migrations do to the content's own tables. Versions are never changed or deleted.
 */
@Entity
@Table(name = "content_version")
@NamedQuery(name = ContentVersion.OF_SUBJECT, query = "select v from ContentVersion v"
        + " where v.subjectKind = :kind and v.subjectId = :subject order by v.number desc")
@NamedQuery(name = ContentVersion.LATEST_NUMBER, query = "select coalesce(max(v.number), 0) from ContentVersion v"
        + " where v.subjectKind = :kind and v.subjectId = :subject")
@NamedQuery(name = ContentVersion.BY_NUMBER, query = "select v from ContentVersion v"
        + " where v.subjectKind = :kind and v.subjectId = :subject and v.number = :number")
public class ContentVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_SUBJECT = "ContentVersion.ofSubject";
    public static final String LATEST_NUMBER = "ContentVersion.latestNumber";
    public static final String BY_NUMBER = "ContentVersion.byNumber";
    public static final int KIND_MAX = 40;
    public static final int CONTENT_MAX = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_kind", nullable = false, length = KIND_MAX)
    private String subjectKind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false)
    private int number;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false, length = 120)
    private String savedBy;

    @Embedded
    private VersionNote note;

    @Column(name = "content_json", nullable = false, length = CONTENT_MAX)
    private String contentJson;

    protected ContentVersion() {
        // for JPA
    }

    public ContentVersion(String subjectKind, long subjectId, int number, Instant savedAt, String savedBy, VersionNote note,
                          String contentJson) {
        this.subjectKind = Objects.requireNonNull(subjectKind, "kind");
        if (subjectKind.isBlank() || subjectKind.length() > KIND_MAX) {
            throw new IllegalArgumentException("A content kind is 1 to " + KIND_MAX + " characters: " + subjectKind);
        }
        if (number < 1) {
            throw new IllegalArgumentException("Versions are numbered from 1, not " + number);
        }
        this.subjectId = subjectId;
        this.number = number;
        this.savedAt = Objects.requireNonNull(savedAt, "savedAt");
        this.savedBy = Objects.requireNonNull(savedBy, "savedBy");
        this.note = Objects.requireNonNull(note, "note");
        this.contentJson = Objects.requireNonNull(contentJson, "content");
    }

    public Long getId() {
        return id;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public long getSubjectId() {
        return subjectId;
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

    public VersionNote getNote() {
        return note;
    }

    public String getContentJson() {
        return contentJson;
    }
}
