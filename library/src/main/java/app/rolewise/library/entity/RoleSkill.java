package app.rolewise.library.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.util.Objects;

/**
 * A skill from the catalogue as one role uses it, with how much the role relies on it.
 */
@Embeddable
public class RoleSkill implements Serializable {

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "skill_id", nullable = false)
    private Skill skill;

    @NotNull(message = "{roleSkill.emphasis.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "emphasis", nullable = false, length = 8)
    private Emphasis emphasis;

    protected RoleSkill() {
        // for JPA
    }

    public RoleSkill(Skill skill, Emphasis emphasis) {
        this.skill = Objects.requireNonNull(skill, "skill");
        this.emphasis = Objects.requireNonNull(emphasis, "emphasis");
    }

    public Skill getSkill() {
        return skill;
    }

    public Emphasis getEmphasis() {
        return emphasis;
    }

    public void setEmphasis(Emphasis emphasis) {
        this.emphasis = Objects.requireNonNull(emphasis, "emphasis");
    }

    public boolean isCore() {
        return emphasis == Emphasis.CORE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoleSkill that && skill.equals(that.skill) && emphasis == that.emphasis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(skill, emphasis);
    }

    @Override
    public String toString() {
        return skill + " (" + emphasis.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
