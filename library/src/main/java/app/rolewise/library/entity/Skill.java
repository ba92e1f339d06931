package app.rolewise.library.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/**
 * A skill in the shared catalogue. Roles refer to the same skill, so what two roles share can be computed.
 */
@Entity
@Cacheable
@Table(name = "skill")
@NamedQuery(name = Skill.FIND_ALL, query = "select s from Skill s order by s.kind, s.category, s.name")
@NamedQuery(name = Skill.FIND_BY_NAME, query = "select s from Skill s where lower(s.name) = lower(:name)")
@NamedQuery(name = Skill.FIND_BY_NAMES, query = "select s from Skill s where lower(s.name) in :names")
@NamedQuery(name = Skill.SEARCH, query = "select s from Skill s where lower(s.name) like :text order by s.name")
public class Skill implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "Skill.findAll";
    public static final String FIND_BY_NAME = "Skill.findByName";
    /** By lower-case names. */
    public static final String FIND_BY_NAMES = "Skill.findByNames";
    public static final String SEARCH = "Skill.search";

    public static final int NAME_MAX = 80;
    public static final int CATEGORY_MAX = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{skill.name.required}")
    @Size(max = NAME_MAX, message = "{skill.name.size}")
    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @NotNull(message = "{skill.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private SkillKind kind;

    @NotBlank(message = "{skill.category.required}")
    @Size(max = CATEGORY_MAX, message = "{skill.category.size}")
    @Column(nullable = false, length = CATEGORY_MAX)
    private String category;

    protected Skill() {
        // for JPA
    }

    public Skill(String name, SkillKind kind, String category) {
        this.name = Text.clean(name);
        this.kind = kind;
        this.category = Text.clean(category);
    }

    /** A skill being written in the admin's form, before it joins the catalogue. */
    public static Skill blank() {
        return new Skill(null, SkillKind.HARD, null);
    }

    public void setName(String name) {
        this.name = Text.clean(name);
    }

    public void setKind(SkillKind kind) {
        this.kind = kind;
    }

    public void setCategory(String category) {
        this.category = Text.clean(category);
    }

    /** Corrects how the catalogue files this skill; every role using it follows. */
    public void recategorise(SkillKind kind, String category) {
        this.kind = kind;
        this.category = Text.clean(category);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public SkillKind getKind() {
        return kind;
    }

    public String getCategory() {
        return category;
    }

    public boolean isHard() {
        return kind == SkillKind.HARD;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Skill skill && name != null && name.equalsIgnoreCase(skill.name);
    }

    @Override
    public int hashCode() {
        return name == null ? 0 : name.toLowerCase(java.util.Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return Objects.toString(name);
    }
}
