package app.rolewise.view;

import app.rolewise.hiring.description.entity.Location;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The countries a job can be in, by English name, for pickers whose value is the ISO 3166 code. */
@Named
@ApplicationScoped
public class Countries {

    private final Map<String, String> byName = Stream.of(Locale.getISOCountries())
            .map(code -> Map.entry(Location.countryName(code), code))
            .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
            .collect(LinkedHashMap::new, (map, entry) -> map.put(entry.getKey(), entry.getValue()), Map::putAll);

    public Map<String, String> getByName() {
        return byName;
    }
}
