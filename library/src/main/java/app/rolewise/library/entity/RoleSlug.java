package app.rolewise.library.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The URL name of a role, such as {@code data-engineer}: lower-case words joined by hyphens, so that it
 * can stand in bookmarkable links unchanged.
 */
@Embeddable
public class RoleSlug implements Serializable {

    public static final int MAX_LENGTH = 80;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Column(name = "slug", nullable = false, unique = true, length = MAX_LENGTH)
    private String value;

    protected RoleSlug() {
        // for JPA
    }

    public RoleSlug(String value) {
        Objects.requireNonNull(value, "A role slug is required");
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A role slug is lower-case letters and digits joined by single hyphens, at most "
                            + MAX_LENGTH + " characters: " + value);
        }
        this.value = value;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoleSlug slug && value.equals(slug.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
