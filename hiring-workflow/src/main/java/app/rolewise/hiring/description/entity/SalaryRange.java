package app.rolewise.hiring.description.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import java.io.Serializable;
import java.util.Currency;
import java.util.Locale;

/**
 * A yearly gross salary range in one ISO 4217 currency. Bean Validation checks it, not the constructor: a
 * range typed half way, or backwards, reaches the form as a message instead of failing on its way there.
 * Exports only see the ranges of saved descriptions, which passed.
 */
@Embeddable
public record SalaryRange(
        @Positive(message = "{description.salary.positive}")
        @Max(value = SalaryRange.LIMIT, message = "{description.salary.max}")
        @Column(name = "salary_min")
        Integer minimum,

        @Positive(message = "{description.salary.positive}")
        @Max(value = SalaryRange.LIMIT, message = "{description.salary.max}")
        @Column(name = "salary_max")
        Integer maximum,

        @Pattern(regexp = "[A-Z]{3}", message = "{description.salary.currency}")
        @Column(name = "salary_currency", length = 3)
        String currency) implements Serializable {

    public static final int LIMIT = 10_000_000;

    public SalaryRange {
        currency = Typed.code(currency);
    }

    /**
     * This range, with the currency of the country it is paid in when none was given; as it is when the
     * country is unknown or has no currency of its own (Antarctica).
     */
    public SalaryRange inCurrencyOf(Location location) {
        if (currency != null || location.countryCode() == null) {
            return this;
        }
        try {
            Currency local = Currency.getInstance(new Locale("", location.countryCode()));
            return local == null ? this : new SalaryRange(minimum, maximum, local.getCurrencyCode());
        } catch (IllegalArgumentException noSuchCountry) {
            return this;
        }
    }

    /** Nothing given: the job is published without a salary ({@link PostingFacts} keeps none). */
    public boolean isEmpty() {
        return minimum == null && maximum == null && currency == null;
    }

    @AssertTrue(message = "{description.salary.complete}")
    public boolean isComplete() {
        return minimum != null && maximum != null && currency != null;
    }

    @AssertTrue(message = "{description.salary.order}")
    public boolean isInOrder() {
        return minimum == null || maximum == null || minimum <= maximum;
    }

    @AssertTrue(message = "{description.salary.currency}")
    public boolean isCurrencyKnown() {
        return currency == null || Currency.getAvailableCurrencies().stream().anyMatch(known -> known.getCurrencyCode().equals(currency));
    }

    @Override
    public String toString() {
        return currency + " " + minimum + "–" + maximum;
    }
}
