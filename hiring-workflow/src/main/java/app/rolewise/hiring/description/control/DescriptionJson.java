package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.DescriptionContent;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.hiring.description.entity.Workplace;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;

/**
 * A revision of a job description as JSON, the form it is kept in the content history. Written by name,
 * not by position, so revisions stay readable when sections are added later.
 */
public final class DescriptionJson {

    public static final String FORMAT = "rolewise-job-description/1";

    private DescriptionJson() {
    }

    public static String write(DescriptionContent content) {
        JsonObjectBuilder sections = Json.createObjectBuilder();
        content.sections().forEach((kind, body) -> sections.add(kind.name(), body));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("format", FORMAT);
        put(json, "title", content.title());
        put(json, "organisation", content.organisation());
        put(json, "workplace", content.workplace() == null ? null : content.workplace().name());
        put(json, "city", content.city());
        put(json, "countryCode", content.countryCode());
        if (content.salaryMinimum() != null) {
            json.add("salaryMinimum", content.salaryMinimum());
        }
        if (content.salaryMaximum() != null) {
            json.add("salaryMaximum", content.salaryMaximum());
        }
        put(json, "salaryCurrency", content.salaryCurrency());
        return json.add("sections", sections).build().toString();
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    public static DescriptionContent read(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
        JsonObject stored = json.getJsonObject("sections");
        for (SectionKind kind : SectionKind.values()) {
            sections.put(kind, stored == null ? "" : stored.getString(kind.name(), ""));
        }
        String workplace = json.getString("workplace", null);
        return new DescriptionContent(json.getString("title", null), json.getString("organisation", null),
                workplace == null ? null : Workplace.valueOf(workplace), json.getString("city", null),
                json.getString("countryCode", null), number(json, "salaryMinimum"), number(json, "salaryMaximum"),
                json.getString("salaryCurrency", null), sections);
    }

    private static Integer number(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonNumber number ? number.intValue() : null;
    }
}
