package app.rolewise.library.entity;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/**
 * A common belief about a role, and what is true instead.
 */
@Embeddable
public class Misconception implements Serializable {

    public static final int TEXT_MAX = 500;

    @NotBlank(groups = Publishable.class, message = "{misconception.myth.required}")
    @Size(max = TEXT_MAX, message = "{misconception.myth.size}")
    @Column(name = "myth", length = TEXT_MAX)
    private String myth;

    @NotBlank(groups = Publishable.class, message = "{misconception.reality.required}")
    @Size(max = TEXT_MAX, message = "{misconception.reality.size}")
    @Column(name = "reality", length = TEXT_MAX)
    private String reality;

    protected Misconception() {
        // for JPA
    }

    @JsonbCreator
    public Misconception(@JsonbProperty("myth") String myth, @JsonbProperty("reality") String reality) {
        this.myth = Text.clean(myth);
        this.reality = Text.clean(reality);
    }

    public String getMyth() {
        return myth;
    }

    public void setMyth(String myth) {
        this.myth = Text.clean(myth);
    }

    public String getReality() {
        return reality;
    }

    public void setReality(String reality) {
        this.reality = Text.clean(reality);
    }

    /** A row the admin added but left empty: not kept. */
    public boolean isBlank() {
        return myth == null && reality == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Misconception that && Objects.equals(myth, that.myth) && Objects.equals(reality, that.reality);
    }

    @Override
    public int hashCode() {
        return Objects.hash(myth, reality);
    }

    @Override
    public String toString() {
        return myth + " — " + reality;
    }
}
