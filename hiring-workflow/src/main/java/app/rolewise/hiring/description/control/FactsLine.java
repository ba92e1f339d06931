package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.Location;
import app.rolewise.hiring.description.entity.Posting;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.PostingTerms;
import app.rolewise.hiring.description.entity.SalaryRange;
import app.rolewise.hiring.description.entity.Workplace;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Optional;

/**
 * The facts under a posting's title (organisation, where the person works, the salary; then the terms) in the
 * words the Markdown and the PDF both print. The posting is published in English, so names and numbers are too.
 */
public final class FactsLine {

    private static final Locale PUBLISHED = Locale.ENGLISH;
    private static final String SEPARATOR = " · ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", PUBLISHED);
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("hiring.posting-words", PUBLISHED);

    private FactsLine() {
    }

    /** For example "Acme GmbH · Berlin, Germany (hybrid) · €70,000–85,000 a year". */
    public static String line(Posting posting) {
        PostingFacts facts = posting.facts();
        List<String> line = new ArrayList<>();
        line.add(facts.organisation());
        location(facts).ifPresent(line::add);
        salary(facts.salary()).ifPresent(line::add);
        return String.join(SEPARATOR, line);
    }

    /**
     * The contract and its dates, the organisation's reference and where to apply, for example "Full-time ·
     * Starts on 1 March 2027 · Apply by 31 January 2027 · Reference DE-42 · Apply at https://…".
     */
    public static String terms(Posting posting) {
        PostingTerms terms = posting.facts().terms();
        List<String> line = new ArrayList<>();
        line.add(WORDS.getString("terms." + terms.employmentType().name()));
        if (terms.startDate() != null) {
            line.add(MessageFormat.format(WORDS.getString("terms.starts"), DAY.format(terms.startDate())));
        }
        if (terms.closingDate() != null) {
            line.add(MessageFormat.format(WORDS.getString("terms.closes"), DAY.format(terms.closingDate())));
        }
        if (terms.requisitionId() != null) {
            line.add(MessageFormat.format(WORDS.getString("terms.reference"), terms.requisitionId()));
        }
        if (terms.applyAt() != null) {
            line.add(MessageFormat.format(WORDS.getString(terms.appliesByEmail() ? "terms.applyByEmail" : "terms.applyAt"), terms.applyAt()));
        }
        return String.join(SEPARATOR, line);
    }

    /** "Berlin, Germany", "Berlin, Germany (hybrid)" or "Remote (Germany)"; empty when nothing is known. */
    public static Optional<String> location(PostingFacts facts) {
        Location location = facts.location();
        Optional<String> country = location.countryName();
        if (facts.workplace() == Workplace.REMOTE) {
            return Optional.of(country.map(name -> "Remote (" + name + ")").orElse("Remote"));
        }
        List<String> place = new ArrayList<>();
        if (location.city() != null) {
            place.add(location.city());
        }
        country.ifPresent(place::add);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        String where = String.join(", ", place);
        return Optional.of(facts.workplace() == Workplace.HYBRID ? where + " (hybrid)" : where);
    }

    /** "€70,000–85,000 a year", or "CHF 120,000–140,000 a year" where the currency has no sign of its own. */
    public static Optional<String> salary(SalaryRange salary) {
        if (salary == null) {
            return Optional.empty();
        }
        String symbol = Currency.getInstance(salary.currency()).getSymbol(PUBLISHED);
        String prefix = symbol.chars().allMatch(Character::isLetter) ? symbol + " " : symbol;
        NumberFormat amount = NumberFormat.getIntegerInstance(PUBLISHED);
        return Optional.of(prefix + amount.format(salary.minimum()) + "–" + amount.format(salary.maximum()) + " a year");
    }
}
