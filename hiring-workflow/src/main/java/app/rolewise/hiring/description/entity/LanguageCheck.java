package app.rolewise.hiring.description.entity;

import java.util.List;
import java.util.Objects;

/**
 * The advice on a posting's text as it is written: its gender-coded words, how easy it is to read, and the
 * wording a recruiter would change (hype, exclusionary phrasing, inflated requirements).
 */
public record LanguageCheck(LanguageReview review, Readability readability, List<WordingAdvice> wording) {

    public LanguageCheck {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(readability, "readability");
        wording = List.copyOf(wording);
    }
}
