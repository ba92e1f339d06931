package app.rolewise.hiring.description.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Currency;
import java.util.Objects;

/**
 * A yearly gross salary range in one currency. Checked when made, so a posting never shows a range that
 * runs backwards or a currency nobody knows.
 */
@Embeddable
public class SalaryRange implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int LIMIT = 10_000_000;

    @Column(name = "salary_min")
    private Integer minimum;

    @Column(name = "salary_max")
    private Integer maximum;

    @Column(name = "salary_currency", length = 3)
    private String currency;

    protected SalaryRange() {
        // for JPA
    }

    public SalaryRange(int minimum, int maximum, String currency) {
        if (minimum <= 0 || maximum <= 0 || minimum > LIMIT || maximum > LIMIT) {
            throw new IllegalArgumentException("A salary is a positive yearly amount up to " + LIMIT);
        }
        if (minimum > maximum) {
            throw new IllegalArgumentException("The lowest salary is above the highest");
        }
        Objects.requireNonNull(currency, "currency");
        // Currency.getInstance throws for codes ISO 4217 does not know
        this.currency = Currency.getInstance(currency.strip().toUpperCase(java.util.Locale.ROOT)).getCurrencyCode();
        this.minimum = minimum;
        this.maximum = maximum;
    }

    public int minimum() {
        return minimum;
    }

    public int maximum() {
        return maximum;
    }

    public String currency() {
        return currency;
    }

    /** JPA leaves an embeddable with all-null columns as an instance; this says whether it holds a range. */
    public boolean isGiven() {
        return minimum != null && maximum != null && currency != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SalaryRange that && Objects.equals(minimum, that.minimum)
                && Objects.equals(maximum, that.maximum) && Objects.equals(currency, that.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minimum, maximum, currency);
    }

    @Override
    public String toString() {
        return currency + " " + minimum + "–" + maximum;
    }
}
