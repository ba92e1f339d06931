package app.rolewise.history.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * One saved state of a piece of content as a history lists it: who saved it when, and why.
 *
 * @param number from 1 per subject
 * @param note   why it was saved
 */
public record Version(int number, Instant savedAt, String savedBy, VersionNote note) implements Serializable {

    /** This version with its content, read as its kind's content. */
    public <C> Versioned<C> with(C content) {
        return new Versioned<>(this, content);
    }

    /** A version and what it holds. */
    public record Versioned<C>(Version version, C content) {

        public int number() {
            return version.number();
        }
    }
}
