package app.rolewise.hiring.description.control;

import app.rolewise.history.entity.ContentKind;
import app.rolewise.hiring.description.entity.DescriptionContent;
import app.rolewise.hiring.description.entity.Location;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.SalaryRange;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.hiring.description.entity.Workplace;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.Map;

/**
 * A revision of a job description as JSON, the form it is kept in the content history: the content and its
 * facts as JSON-B writes the records, by name, so revisions stay readable when facts or sections are added.
 * Revisions saved before the facts were records hold them flat beside the title; those still read.
 */
public final class DescriptionJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withPropertyVisibilityStrategy(new ComponentsOnly()));

    /** Job descriptions' revisions in the content history. */
    public static final ContentKind<DescriptionContent> KIND = ContentKind.of("job-description", DescriptionJson::write, DescriptionJson::read);

    private DescriptionJson() {
    }

    public static String write(DescriptionContent content) {
        return JSONB.toJson(content);
    }

    public static DescriptionContent read(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        return json.containsKey("facts") ? JSONB.fromJson(text, DescriptionContent.class) : flat(json);
    }

    /** A revision from before the facts were records: {@code "format": "rolewise-job-description/1"}. */
    private static DescriptionContent flat(JsonObject json) {
        Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
        JsonObject stored = json.getJsonObject("sections");
        for (SectionKind kind : SectionKind.values()) {
            sections.put(kind, stored == null ? "" : stored.getString(kind.name(), ""));
        }
        String workplace = json.getString("workplace", null);
        PostingFacts facts = new PostingFacts(json.getString("organisation", null),
                workplace == null ? null : Workplace.valueOf(workplace),
                new Location(json.getString("city", null), json.getString("countryCode", null)),
                new SalaryRange(number(json, "salaryMinimum"), number(json, "salaryMaximum"), json.getString("salaryCurrency", null)));
        return new DescriptionContent(json.getString("title", null), facts, sections);
    }

    /** The records' components and nothing else: their Bean Validation checks ({@code isComplete()}, ...) are not data. */
    private static final class ComponentsOnly implements PropertyVisibilityStrategy {

        @Override
        public boolean isVisible(Field field) {
            return true;
        }

        @Override
        public boolean isVisible(Method method) {
            return false;
        }
    }

    private static Integer number(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonNumber number ? number.intValue() : null;
    }
}
