package app.rolewise.hiring.description.entity;

import java.io.Serializable;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * A yearly gross salary range in one ISO 4217 currency. Checked when made, so an export never shows a
 * range that runs backwards or a currency nobody knows; the entity's Bean Validation rules keep user input
 * from getting this far.
 */
public record SalaryRange(int minimum, int maximum, String currency) implements Serializable {

    public static final int LIMIT = 10_000_000;

    public SalaryRange {
        if (minimum <= 0 || maximum <= 0 || minimum > LIMIT || maximum > LIMIT) {
            throw new IllegalArgumentException("A salary is a positive yearly amount up to " + LIMIT);
        }
        if (minimum > maximum) {
            throw new IllegalArgumentException("The lowest salary is above the highest");
        }
        Objects.requireNonNull(currency, "currency");
        // Currency.getInstance throws for codes ISO 4217 does not know
        currency = Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
    }

    @Override
    public String toString() {
        return currency + " " + minimum + "–" + maximum;
    }
}
