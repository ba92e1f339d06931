package app.rolewise.hiring.description.entity;

import java.util.List;
import java.util.Objects;

/**
 * One piece of wording a recruiter would change, with every place it is used: a phrase that hypes or shuts
 * people out, or requirements heavier than the job's seniority asks. The page words the reason and the fix
 * from the rule's id.
 *
 * @param rule     the rule's id, such as {@code rockstar} or {@code years-above-seniority}
 * @param phrase   as first written, such as "rockstar" or "10 years"; empty where the advice is about a whole
 *                 section (too many must-haves)
 * @param count    how often it is used
 * @param sections where, in reading order
 */
public record WordingAdvice(String rule, Kind kind, String phrase, int count, List<SectionKind> sections) {

    /** What is wrong with the wording. */
    public enum Kind {
        /** Hype and jargon that tells a candidate nothing about the work. */
        HYPE,
        /** Phrasing that keeps people out for their age, background or body. */
        EXCLUSIONARY,
        /** More or longer-standing requirements than the seniority of the job calls for. */
        INFLATION
    }

    public WordingAdvice {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        sections = List.copyOf(sections);
    }
}
