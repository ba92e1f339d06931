package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.Location;
import app.rolewise.hiring.description.entity.Posting;
import app.rolewise.hiring.description.entity.PostingSection;
import app.rolewise.hiring.description.entity.PostingTerms;
import app.rolewise.hiring.description.entity.SalaryRange;
import app.rolewise.hiring.description.entity.SectionBody;
import app.rolewise.hiring.description.entity.Workplace;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import org.owasp.encoder.Encode;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The posting as a schema.org {@code JobPosting} in JSON-LD, with the properties Google for Jobs requires
 * (title, description, datePosted, hiringOrganization, and a job location or, for remote work, telecommuting
 * with the country applicants must live in) and those it recommends when the facts give them: salary,
 * employment type, start and closing dates, where to apply, the organisation's reference, occupation codes.
 */
public final class PostingJsonLd {

    private PostingJsonLd() {
    }

    public static JsonObject jobPosting(Posting posting) {
        JsonObjectBuilder job = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "JobPosting")
                .add("title", posting.title())
                .add("description", descriptionHtml(posting))
                .add("datePosted", posting.datePosted().format(DateTimeFormatter.ISO_LOCAL_DATE))
                .add("employmentType", posting.facts().terms().employmentType().name())
                .add("hiringOrganization", Json.createObjectBuilder()
                        .add("@type", "Organization")
                        .add("name", posting.facts().organisation()));
        addLocation(job, posting);
        addTerms(job, posting);
        SalaryRange salary = posting.facts().salary();
        if (salary != null) {
            job.add("baseSalary", Json.createObjectBuilder()
                    .add("@type", "MonetaryAmount")
                    .add("currency", salary.currency())
                    .add("value", Json.createObjectBuilder()
                            .add("@type", "QuantitativeValue")
                            .add("minValue", salary.minimum())
                            .add("maxValue", salary.maximum())
                            .add("unitText", "YEAR")));
        }
        addOccupationalCategory(job, posting);
        return job.build();
    }

    /**
     * The JSON-LD as text to put between {@code <script type="application/ld+json">} and {@code </script>}.
     * The characters that could end the script or open a comment are written as JSON escapes, which every
     * JSON reader turns back into the same text; outside strings JSON never has them.
     */
    public static String scriptContent(Posting posting) {
        if (!posting.standing().approved()) {
            // job boards publish what they get: only the text HR approved goes out this way
            throw new IllegalArgumentException("Revision " + posting.standing().revision() + " is not approved");
        }
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of()).createWriter(text)) {
            writer.writeObject(jobPosting(posting));
        }
        StringBuilder safe = new StringBuilder(text.getBuffer().length() + 32);
        text.getBuffer().chars().forEach(c -> {
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                // line and paragraph separators end a line in older script parsers
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append((char) c);
            }
        });
        return safe.toString();
    }

    /** Every filled section as HTML under an {@code <h2>} of its heading; Google shows JobPosting descriptions as HTML. */
    public static String descriptionHtml(Posting posting) {
        StringBuilder html = new StringBuilder();
        for (PostingSection section : posting.filledSections()) {
            html.append("<h2>").append(Encode.forHtmlContent(section.heading())).append("</h2>")
                    .append(SectionBody.parse(section.body()).html());
        }
        return html.toString();
    }

    private static void addLocation(JsonObjectBuilder job, Posting posting) {
        Location location = posting.facts().location();
        String country = location.countryCode();
        if (posting.facts().workplace() == Workplace.REMOTE) {
            job.add("jobLocationType", "TELECOMMUTE");
            if (country != null) {
                job.add("applicantLocationRequirements", Json.createObjectBuilder()
                        .add("@type", "Country")
                        .add("name", country));
            }
            return;
        }
        JsonObjectBuilder address = Json.createObjectBuilder().add("@type", "PostalAddress");
        if (location.city() != null) {
            address.add("addressLocality", location.city());
        }
        if (country != null) {
            address.add("addressCountry", country);
        }
        job.add("jobLocation", Json.createObjectBuilder()
                .add("@type", "Place")
                .add("address", address));
    }

    /**
     * The dates, where to apply and the organisation's reference. A web address is where candidates apply
     * directly ({@code directApply}); an email address is the application contact, and applying takes more
     * than the posting's page.
     */
    private static void addTerms(JsonObjectBuilder job, Posting posting) {
        PostingTerms terms = posting.facts().terms();
        if (terms.startDate() != null) {
            job.add("jobStartDate", terms.startDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        if (terms.closingDate() != null) {
            // the end of the closing day where the job is would need its time zone; the day itself is valid ISO 8601
            job.add("validThrough", terms.closingDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        if (terms.applyAt() != null) {
            if (terms.appliesByEmail()) {
                job.add("applicationContact", Json.createObjectBuilder()
                        .add("@type", "ContactPoint")
                        .add("email", terms.applyAt()));
                job.add("directApply", false);
            } else {
                job.add("url", terms.applyAt());
                job.add("directApply", true);
            }
        }
        if (terms.requisitionId() != null) {
            job.add("identifier", Json.createObjectBuilder()
                    .add("@type", "PropertyValue")
                    .add("name", posting.facts().organisation())
                    .add("value", terms.requisitionId()));
        }
    }

    /**
     * schema.org asks for a term from an occupation taxonomy, repeated for each one that applies: the
     * O*NET-SOC code first, then the ISCO-08 code. Codes only, because the role's names are ours, not the
     * taxonomies'.
     */
    private static void addOccupationalCategory(JsonObjectBuilder job, Posting posting) {
        JsonArrayBuilder codes = Json.createArrayBuilder();
        boolean any = false;
        for (String code : new String[] {posting.onetSocCode(), posting.isco08Code()}) {
            if (code != null && !code.isBlank()) {
                codes.add(code.strip());
                any = true;
            }
        }
        if (any) {
            job.add("occupationalCategory", codes);
        }
    }
}
