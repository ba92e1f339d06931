package app.rolewise.hiring.description.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the job is: a city and an ISO 3166-1 alpha-2 country, for a remote job the country candidates must
 * live in. Whether it is complete and known is Bean Validation's to say, not the constructor's, so a form
 * typed half way keeps its values and gets a message.
 */
@Embeddable
public record Location(
        @Size(max = Location.CITY_MAX, message = "{description.city.size}")
        @Column(name = "city", length = Location.CITY_MAX)
        String city,

        @NotBlank(message = "{description.country.required}")
        @Pattern(regexp = "[A-Z]{2}", message = "{description.country.format}")
        @Column(name = "country_code", nullable = false, length = 2)
        String countryCode) implements Serializable {

    public static final int CITY_MAX = 80;

    /** Postings are published in English, so country names are English wherever they are shown. */
    private static final Locale PUBLISHED = Locale.ENGLISH;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Location {
        city = Typed.text(city);
        countryCode = Typed.code(countryCode);
    }

    /** The English name of a country; a code Java does not know comes back as itself, still the most honest text. */
    public static String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(PUBLISHED);
        return name.isBlank() ? code : name;
    }

    /** The country's English name; empty while none is chosen. */
    public Optional<String> countryName() {
        return Optional.ofNullable(countryCode).map(Location::countryName);
    }

    @AssertTrue(message = "{description.country.format}")
    public boolean isCountryKnown() {
        return countryCode == null || COUNTRIES.contains(countryCode);
    }
}
