package app.rolewise.view.descriptions;

import java.util.Set;

/**
 * A step taken on the description page and the parts of the description it changed, so that each part of the
 * page reads again only what it shows of them.
 */
public record DescriptionChanged(Set<Part> parts) {

    public enum Part {
        /** A new revision of the text. */
        TEXT,
        /** A decision on record: every step of the review. */
        DECISIONS,
        /** HR's comments on the sections. */
        COMMENTS
    }

    public DescriptionChanged {
        parts = Set.copyOf(parts);
    }

    public boolean touched(Part part) {
        return parts.contains(part);
    }
}
