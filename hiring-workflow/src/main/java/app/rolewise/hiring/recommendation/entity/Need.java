package app.rolewise.hiring.recommendation.entity;

import java.util.Objects;

/**
 * Something the organisation needs a data or AI hire for, such as integrated data or models kept healthy in
 * production. Answers raise needs; roles cover them.
 *
 * @param name        short, for the recommendation's headings, e.g. "Integrated data"
 * @param description one sentence on what meeting the need means
 */
public record Need(String code, String name, String description) implements java.io.Serializable {

    public Need {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
