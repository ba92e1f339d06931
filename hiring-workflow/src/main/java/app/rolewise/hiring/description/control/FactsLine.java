package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.Posting;
import app.rolewise.hiring.description.entity.SalaryRange;
import app.rolewise.hiring.description.entity.Workplace;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The facts under a posting's title (organisation, where the person works, the salary) in the words
 * the Markdown and the PDF both print. The posting is published in English, so names and numbers are too.
 */
public final class FactsLine {

    private static final Locale PUBLISHED = Locale.ENGLISH;
    private static final String SEPARATOR = " · ";

    private FactsLine() {
    }

    /** For example "Acme GmbH · Berlin, Germany (hybrid) · €70,000–85,000 a year". */
    public static String line(Posting posting) {
        List<String> facts = new ArrayList<>();
        facts.add(posting.organisation());
        location(posting).ifPresent(facts::add);
        salary(posting).ifPresent(facts::add);
        return String.join(SEPARATOR, facts);
    }

    /** "Berlin, Germany", "Berlin, Germany (hybrid)" or "Remote (Germany)"; empty when nothing is known. */
    public static Optional<String> location(Posting posting) {
        Optional<String> country = country(posting.countryCode());
        if (posting.workplace() == Workplace.REMOTE) {
            return Optional.of(country.map(name -> "Remote (" + name + ")").orElse("Remote"));
        }
        List<String> place = new ArrayList<>();
        if (posting.city() != null && !posting.city().isBlank()) {
            place.add(posting.city().strip());
        }
        country.ifPresent(place::add);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        String where = String.join(", ", place);
        return Optional.of(posting.workplace() == Workplace.HYBRID ? where + " (hybrid)" : where);
    }

    /** "€70,000–85,000 a year", or "CHF 120,000–140,000 a year" where the currency has no sign of its own. */
    public static Optional<String> salary(Posting posting) {
        SalaryRange salary = posting.salary();
        if (salary == null) {
            return Optional.empty();
        }
        String symbol = Currency.getInstance(salary.currency()).getSymbol(PUBLISHED);
        String prefix = symbol.chars().allMatch(Character::isLetter) ? symbol + " " : symbol;
        NumberFormat amount = NumberFormat.getIntegerInstance(PUBLISHED);
        return Optional.of(prefix + amount.format(salary.minimum()) + "–" + amount.format(salary.maximum()) + " a year");
    }

    private static Optional<String> country(String countryCode) {
        if (countryCode == null || countryCode.isBlank()) {
            return Optional.empty();
        }
        String code = countryCode.strip().toUpperCase(Locale.ROOT);
        // an unknown code comes back as itself, which is still the most honest thing to print
        return Optional.of(new Locale("", code).getDisplayCountry(PUBLISHED));
    }
}
