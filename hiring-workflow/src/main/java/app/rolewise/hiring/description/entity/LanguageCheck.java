package app.rolewise.hiring.description.entity;

import java.util.Objects;

/** The advice on a posting's text as it is written: its gender-coded words and how easy it is to read. */
public record LanguageCheck(LanguageReview review, Readability readability) {

    public LanguageCheck {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(readability, "readability");
    }
}
