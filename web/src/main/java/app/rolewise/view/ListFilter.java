package app.rolewise.view;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads what a list's address asks for ({@code ?status=…&sort=…}): a value the list does not know is left out and
 * the page says so, never an error page, since such addresses are typed, shortened or bookmarked.
 */
public final class ListFilter {

    private ListFilter() {
    }

    /** The constant an address names, any case; none (and a message under {@code unknownKey}) for anything else. */
    public static <E extends Enum<E>> E value(Class<E> type, String raw, String unknownKey) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String name = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        Optional<E> known = Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
        if (known.isEmpty()) {
            Feedback.warn(unknownKey, raw.strip());
        }
        return known.orElse(null);
    }

    /** The sort an address names; newest first without one, and with a message for one no list has. */
    public static ListSort sort(String raw) {
        if (raw == null || raw.isBlank()) {
            return ListSort.NEWEST;
        }
        return ListSort.named(raw).orElseGet(() -> {
            Feedback.warn("list.unknownSort", raw.strip());
            return ListSort.NEWEST;
        });
    }

    /** {@code true} or {@code false}, any case; false (with a message) for anything else. */
    public static boolean flag(String raw, String name) {
        if (raw == null || raw.isBlank() || raw.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (raw.strip().equalsIgnoreCase("true")) {
            return true;
        }
        Feedback.warn("list.notAFlag", name, raw.strip());
        return false;
    }

    /** A whole number of days; none (with a message) for anything else. Its range is the search's rule. */
    public static Integer days(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException notANumber) {
            Feedback.warn("list.notDays", raw.strip());
            return null;
        }
    }

    /**
     * Checks a search by its own rules (Bean Validation), says what is wrong, and names the properties that broke
     * one, so that the page can search without them.
     */
    public static Set<String> broken(Validator validator, Object search) {
        Set<ConstraintViolation<Object>> violations = validator.validate(search);
        violations.stream().map(ConstraintViolation::getMessage).distinct().sorted()
                .forEach(problem -> Feedback.warn("refused.content.invalid", problem));
        return violations.stream().map(violation -> violation.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
