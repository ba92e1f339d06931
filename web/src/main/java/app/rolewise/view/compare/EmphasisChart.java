package app.rolewise.view.compare;

import app.rolewise.comparison.entity.Comparison;
import app.rolewise.library.entity.Role;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import java.util.List;

/** The compare page's chart (Chart.js, through p:chart): how much each role leans on each skill category. */
final class EmphasisChart {

    private static final String[] PALETTE = {"#3b5bdb", "#e8590c", "#2b8a3e", "#862e9c"};

    /** Found once: {@code JSON.create…} looks the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private EmphasisChart() {
    }

    /** Core skills count double (see {@link Comparison#emphasisByCategory()}). */
    static String of(Comparison comparison) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        comparison.categories().forEach(labels::add);
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        List<Role> compared = comparison.roles();
        for (int i = 0; i < compared.size(); i++) {
            Role role = compared.get(i);
            JsonArrayBuilder data = JSON.createArrayBuilder();
            comparison.emphasisByCategory().get(role.getSlug().value()).values().forEach(data::add);
            datasets.add(JSON.createObjectBuilder()
                    .add("label", role.getName())
                    .add("data", data)
                    .add("backgroundColor", PALETTE[i % PALETTE.length]));
        }
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("indexAxis", "y")
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", JSON.createObjectBuilder().add("x", JSON.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", JSON.createObjectBuilder().add("precision", 0))));
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }
}
