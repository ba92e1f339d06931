package app.rolewise.hiring.description.control;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a draft speaks to a candidate in English: a role's summary, which the library writes about the role
 * ("Designs, builds and runs the pipelines …"), said to them ("design, build and run the pipelines …"), and a
 * job title with its article ("an Analytics Engineer", "an ML Platform Engineer", "a BI Developer").
 */
final class CandidateVoice {

    /** The verbs a summary opens with, as the library writes them: "Designs, builds and runs", "Invents or adapts". */
    private static final Pattern OPENING_VERBS = Pattern.compile("^([A-Z][a-z]+s)((?:(?:,| and|, and| or|, or) [a-z]+s)*)(?=[ ,])");
    private static final Pattern NEXT_VERB = Pattern.compile("(,| and|, and| or|, or) ([a-z]+s)");
    /** Words ending in "s" that open a summary without being a verb said of the role. */
    private static final Set<String> NOT_VERBS = Set.of("is", "was", "has", "this", "its", "as", "analytics", "statistics", "operations");
    /** Letters whose names start with a vowel sound, for acronyms read letter by letter (an ML, an SQL, a BI). */
    private static final String VOWEL_SOUNDING_LETTERS = "AEFHILMNORSX";

    private CandidateVoice() {
    }

    /** The summary said to the candidate, from its first verb on; empty when it does not open with verbs. */
    static Optional<String> toCandidate(String summary) {
        Matcher opening = OPENING_VERBS.matcher(summary);
        if (!opening.find() || NOT_VERBS.contains(opening.group(1).toLowerCase(Locale.ROOT)) || opening.group(1).endsWith("ss")) {
            return Optional.empty();
        }
        StringBuilder said = new StringBuilder(base(opening.group(1).toLowerCase(Locale.ROOT)));
        Matcher more = NEXT_VERB.matcher(opening.group(2));
        while (more.find()) {
            said.append(more.group(1)).append(' ').append(base(more.group(2)));
        }
        return Optional.of(said + summary.substring(opening.end()));
    }

    /** "designs" → "design", "applies" → "apply", "pushes" → "push", "does" → "do". */
    private static String base(String verb) {
        if (verb.endsWith("ies") && verb.length() > 4) {
            return verb.substring(0, verb.length() - 3) + "y";
        }
        if (verb.matches(".*(ss|sh|ch|x|z|o)es")) {
            return verb.substring(0, verb.length() - 2);
        }
        return verb.substring(0, verb.length() - 1);
    }

    static String withArticle(String title) {
        if (title == null || title.isBlank()) {
            return "";
        }
        String first = title.strip().split("[\\s/]+", 2)[0];
        boolean acronym = first.length() > 1 && first.chars().limit(2).allMatch(Character::isUpperCase);
        char initial = Character.toUpperCase(first.charAt(0));
        boolean vowelSound = acronym ? VOWEL_SOUNDING_LETTERS.indexOf(initial) >= 0 : "AEIOU".indexOf(initial) >= 0;
        return (vowelSound ? "an " : "a ") + title.strip();
    }
}
