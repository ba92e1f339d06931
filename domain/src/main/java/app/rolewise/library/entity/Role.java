package app.rolewise.library.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/**
 * A data/AI role in the library, the aggregate root of the role library.
 */
@Entity
@Table(name = "library_role")
@NamedQuery(name = Role.FIND_ALL, query = "select r from Role r order by r.name")
@NamedQuery(name = Role.FIND_BY_STATUS, query = "select r from Role r where r.status = :status order by r.name")
@NamedQuery(name = Role.FIND_BY_SLUG, query = "select r from Role r where r.slug = :slug")
public class Role {

    public static final String FIND_ALL = "Role.findAll";
    public static final String FIND_BY_STATUS = "Role.findByStatus";
    public static final String FIND_BY_SLUG = "Role.findBySlug";

    public static final int NAME_MAX = 120;
    public static final int FAMILY_MAX = 60;
    public static final int SUMMARY_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Embedded
    @Valid
    @NotNull(message = "{role.slug.required}")
    private RoleSlug slug;

    @NotBlank(message = "{role.name.required}")
    @Size(max = NAME_MAX, message = "{role.name.size}")
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotBlank(message = "{role.family.required}")
    @Size(max = FAMILY_MAX, message = "{role.family.size}")
    @Column(nullable = false, length = FAMILY_MAX)
    private String family;

    @NotBlank(message = "{role.summary.required}")
    @Size(max = SUMMARY_MAX, message = "{role.summary.size}")
    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RoleStatus status;

    protected Role() {
        // for JPA
    }

    /** A new role starts as a draft: nobody outside the admin pages sees it until it is published. */
    public Role(RoleSlug slug, String name, String family, String summary) {
        this.slug = Objects.requireNonNull(slug, "slug");
        this.name = name;
        this.family = family;
        this.summary = summary;
        this.status = RoleStatus.DRAFT;
    }

    /** Makes the role visible to everyone; an archived role can be brought back this way. */
    public void publish() {
        if (status == RoleStatus.PUBLISHED) {
            throw new RoleLifecycleException(status, RoleStatus.PUBLISHED);
        }
        status = RoleStatus.PUBLISHED;
    }

    /** Withdraws a published role from everyone but admins, keeping it for the records that cite it. */
    public void archive() {
        if (status != RoleStatus.PUBLISHED) {
            throw new RoleLifecycleException(status, RoleStatus.ARCHIVED);
        }
        status = RoleStatus.ARCHIVED;
    }

    public boolean isPublished() {
        return status == RoleStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public RoleSlug getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getFamily() {
        return family;
    }

    public String getSummary() {
        return summary;
    }

    public RoleStatus getStatus() {
        return status;
    }
}
