package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.EmploymentType;
import app.rolewise.hiring.description.entity.Location;
import app.rolewise.hiring.description.entity.Posting;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.PostingSection;
import app.rolewise.hiring.description.entity.PostingTerms;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.hiring.description.entity.Workplace;
import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the script text back as a JSON-LD consumer would and checks each property Google asks for. */
class PostingJsonLdTest {

    private static JsonObject readBack(Posting posting) {
        try (JsonReader reader = Json.createReader(new StringReader(PostingJsonLd.scriptContent(posting)))) {
            return reader.readObject();
        }
    }

    @Test
    void anOnSiteOrHybridJobCarriesTheRequiredPropertiesAndItsPlace() {
        JsonObject job = readBack(SamplePostings.hybridInMunich());

        assertEquals("https://schema.org", job.getString("@context"));
        assertEquals("JobPosting", job.getString("@type"));
        assertEquals("Senior Data Engineer", job.getString("title"));
        assertEquals("2026-03-02", job.getString("datePosted"));
        assertEquals("FULL_TIME", job.getString("employmentType"));
        JsonObject organisation = job.getJsonObject("hiringOrganization");
        assertEquals("Organization", organisation.getString("@type"));
        assertEquals("Nordlicht Analytics GmbH", organisation.getString("name"));

        JsonObject place = job.getJsonObject("jobLocation");
        assertEquals("Place", place.getString("@type"));
        JsonObject address = place.getJsonObject("address");
        assertEquals("PostalAddress", address.getString("@type"));
        assertEquals("München", address.getString("addressLocality"));
        assertEquals("DE", address.getString("addressCountry"));
        assertFalse(job.containsKey("jobLocationType"));
        assertFalse(job.containsKey("applicantLocationRequirements"));
    }

    /** What Google for Jobs requires of a JobPosting, and what it recommends (developers.google.com, JobPosting). */
    private static final List<String> GOOGLE_REQUIRED = List.of("datePosted", "description", "hiringOrganization", "title");
    private static final List<String> GOOGLE_RECOMMENDED = List.of("baseSalary", "directApply", "employmentType", "identifier");

    @Test
    void theTermsGoOutAsTheContractTheDatesWhereToApplyAndTheReference() {
        JsonObject job = readBack(SamplePostings.partTimeInMunichWithTerms());

        assertEquals("PART_TIME", job.getString("employmentType"));
        assertEquals("2026-06-01", job.getString("jobStartDate"));
        assertEquals("2026-04-30", job.getString("validThrough"));
        assertEquals("https://jobs.nordlicht.example/apply/de-42", job.getString("url"));
        assertTrue(job.getBoolean("directApply"));
        JsonObject identifier = job.getJsonObject("identifier");
        assertEquals("PropertyValue", identifier.getString("@type"));
        assertEquals("Nordlicht Analytics GmbH", identifier.getString("name"));
        assertEquals("DE-42", identifier.getString("value"));
    }

    @Test
    void everyPropertyGoogleRequiresOrRecommendsIsThereWhenTheFactsGiveIt() {
        JsonObject onSite = readBack(SamplePostings.partTimeInMunichWithTerms());
        JsonObject remote = readBack(SamplePostings.remoteWithoutSalary());

        for (String property : GOOGLE_REQUIRED) {
            assertTrue(onSite.containsKey(property), property);
            assertTrue(remote.containsKey(property), property);
        }
        GOOGLE_RECOMMENDED.forEach(property -> assertTrue(onSite.containsKey(property), property));
        // with a closing date, validThrough is required; a place, or for remote work the country applicants live in
        assertTrue(onSite.containsKey("validThrough"));
        assertTrue(onSite.containsKey("jobLocation"));
        assertEquals("TELECOMMUTE", remote.getString("jobLocationType"));
        assertTrue(remote.containsKey("applicantLocationRequirements"));
        // nothing made up where the facts say nothing: no salary, dates, address or reference
        for (String absent : List.of("baseSalary", "validThrough", "jobStartDate", "url", "directApply", "identifier")) {
            assertFalse(remote.containsKey(absent), absent);
        }
    }

    @Test
    void anEmailAddressIsTheApplicationContactNotADirectApplication() {
        Posting munich = SamplePostings.partTimeInMunichWithTerms();
        PostingFacts facts = munich.facts();
        Posting byEmail = new Posting(munich.title(), new PostingFacts(facts.organisation(), facts.workplace(), facts.location(),
                facts.salary(), new PostingTerms(EmploymentType.FULL_TIME, null, null, "jobs@nordlicht.example", null)),
                munich.datePosted(), munich.onetSocCode(), munich.isco08Code(), munich.sections(), munich.standing());

        JsonObject job = readBack(byEmail);

        JsonObject contact = job.getJsonObject("applicationContact");
        assertEquals("ContactPoint", contact.getString("@type"));
        assertEquals("jobs@nordlicht.example", contact.getString("email"));
        assertFalse(job.getBoolean("directApply"));
        assertFalse(job.containsKey("url"));
    }

    /**
     * A JSON-LD processor expands the posting into full schema.org terms. The schema.org context is served from
     * here as the vocabulary it declares, since tests reach no network; expansion fails on anything that is not
     * JSON-LD (a keyword in the wrong place, a value that cannot be a node).
     */
    @Test
    void aJsonLdProcessorReadsItAsASchemaOrgJobPosting() throws Exception {
        String schemaOrg = "{\"@context\": {\"@vocab\": \"https://schema.org/\"}}";
        DocumentLoader offline = (url, options) -> {
            assertEquals("https://schema.org", url.toString().replaceAll("/$", ""));
            return JsonDocument.of(new StringReader(schemaOrg));
        };

        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(PostingJsonLd.scriptContent(SamplePostings.partTimeInMunichWithTerms()))))
                .loader(offline).get();

        assertEquals(1, expanded.size());
        JsonObject job = expanded.getJsonObject(0);
        assertEquals("https://schema.org/JobPosting", job.getJsonArray("@type").getString(0));
        for (String property : List.of("title", "description", "datePosted", "validThrough", "employmentType", "hiringOrganization",
                "jobLocation", "baseSalary", "identifier", "directApply", "url", "occupationalCategory")) {
            assertTrue(job.containsKey("https://schema.org/" + property), property + " in " + job.keySet());
        }
        JsonObject organisation = job.getJsonArray("https://schema.org/hiringOrganization").getJsonObject(0);
        assertEquals("https://schema.org/Organization", organisation.getJsonArray("@type").getString(0));
    }

    @Test
    void theDescriptionIsTheHtmlOfTheFilledSectionsUnderTheirHeadings() {
        String description = readBack(SamplePostings.hybridInMunich()).getString("description");

        assertTrue(description.startsWith("<h2>About the role</h2><p>Our café-chain data platform serves 40 stores – and it is growing."),
                description);
        assertTrue(description.contains("<h2>What you will do</h2><ul>\n<li>Build and run batch pipelines in Airflow and dbt</li>"),
                description);
        assertTrue(description.endsWith("<h2>Equal opportunity</h2><p>We welcome applications from everyone, whatever their background.</p>\n"),
                description);
        assertFalse(description.contains(SectionKind.NICE_TO_HAVE.heading()), "empty sections are left out");
    }

    @Test
    void theSalaryIsAYearlyRangeInItsCurrency() {
        JsonObject salary = readBack(SamplePostings.hybridInMunich()).getJsonObject("baseSalary");

        assertEquals("MonetaryAmount", salary.getString("@type"));
        assertEquals("EUR", salary.getString("currency"));
        JsonObject value = salary.getJsonObject("value");
        assertEquals("QuantitativeValue", value.getString("@type"));
        assertEquals(70_000, value.getInt("minValue"));
        assertEquals(85_000, value.getInt("maxValue"));
        assertEquals("YEAR", value.getString("unitText"));
    }

    @Test
    void theOccupationIsGivenByItsCodes() {
        assertEquals(List.of("15-1243.00", "2521"), readBack(SamplePostings.hybridInMunich())
                .getJsonArray("occupationalCategory").getValuesAs(JsonString::getString));
        assertEquals(List.of("15-2051.01"), readBack(SamplePostings.remoteWithoutSalary())
                .getJsonArray("occupationalCategory").getValuesAs(JsonString::getString));
    }

    @Test
    void aRemoteJobIsTelecommutingForApplicantsInItsCountry() {
        JsonObject job = readBack(SamplePostings.remoteWithoutSalary());

        assertEquals("TELECOMMUTE", job.getString("jobLocationType"));
        JsonObject country = job.getJsonObject("applicantLocationRequirements");
        assertEquals("Country", country.getString("@type"));
        assertEquals("NO", country.getString("name"));
        assertFalse(job.containsKey("jobLocation"));
        assertFalse(job.containsKey("baseSalary"), "no salary was given");
    }

    @Test
    void noCodesMeansNoOccupationalCategory() {
        Posting posting = new Posting("Data Analyst", new PostingFacts("Acme", Workplace.ON_SITE, new Location("Lyon", "fr"), null), SamplePostings.POSTED,
                null, " ", List.of(), Posting.Standing.approved(1));

        JsonObject job = readBack(posting);

        assertFalse(job.containsKey("occupationalCategory"));
        assertEquals("FR", job.getJsonObject("jobLocation").getJsonObject("address").getString("addressCountry"));
    }

    @Test
    void textCannotCloseTheScriptElementItIsEmbeddedIn() {
        String attack = "</script><script>alert('x')</script><!--";
        Posting posting = new Posting(attack, new PostingFacts("A & B", Workplace.ON_SITE, new Location("Wien", "AT"), null), SamplePostings.POSTED,
                null, null, List.of(new PostingSection(SectionKind.SUMMARY, attack + "\u2028next")), Posting.Standing.approved(1));

        String script = PostingJsonLd.scriptContent(posting);

        assertFalse(script.contains("<"), script);
        assertFalse(script.contains(">"), script);
        assertFalse(script.contains("&"), script);
        assertFalse(script.contains("\u2028"), script);
        assertTrue(script.contains("\\u003c/script\\u003e"), script);
        JsonObject job = readBack(posting);
        assertEquals(attack, job.getString("title"), "the escapes read back as the text that was written");
        assertEquals("A & B", job.getJsonObject("hiringOrganization").getString("name"));
        assertEquals("<h2>About the role</h2><p>&lt;/script&gt;&lt;script&gt;alert('x')&lt;/script&gt;&lt;!--\u2028next</p>\n",
                job.getString("description"));
    }

    @Test
    void onlyTheApprovedRevisionGoesToJobBoards() {
        assertThrows(IllegalArgumentException.class, () -> PostingJsonLd.scriptContent(SamplePostings.hybridInMunichUnapproved()));
    }
}
