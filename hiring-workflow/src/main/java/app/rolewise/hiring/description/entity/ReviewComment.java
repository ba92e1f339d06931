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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * HR's comment on one section of a revision, sent with a request for changes; the manager sees it beside
 * the section while fixing it.
 */
@Entity
@Table(name = "review_comment")
@NamedQuery(name = ReviewComment.OF_DESCRIPTION,
        query = "select c from ReviewComment c where c.descriptionId = :description order by c.revision desc, c.id")
public class ReviewComment implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_DESCRIPTION = "ReviewComment.ofDescription";
    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "description_id", nullable = false)
    private Long descriptionId;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "section", nullable = false, length = 24)
    private SectionKind section;

    @Column(nullable = false, length = 120)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @NotBlank(message = "{description.comment.required}")
    @Size(max = TEXT_MAX, message = "{description.comment.size}")
    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    protected ReviewComment() {
        // for JPA
    }

    public ReviewComment(JobDescription description, SectionKind section, String author, String text, Instant at) {
        this.descriptionId = Objects.requireNonNull(description.getId(), "a stored description");
        this.revision = description.getRevision();
        this.section = Objects.requireNonNull(section);
        this.author = Objects.requireNonNull(author);
        this.text = text == null ? null : text.strip();
        this.writtenAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public int getRevision() {
        return revision;
    }

    public SectionKind getSection() {
        return section;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }
}
