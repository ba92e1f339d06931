package app.rolewise.view.assessments;

import app.rolewise.content.RefusedException;
import app.rolewise.hiring.assessment.boundary.NotYoursException;
import app.rolewise.hiring.description.boundary.JobDescriptions;
import app.rolewise.hiring.description.entity.DescriptionContent;
import app.rolewise.hiring.description.entity.EmploymentType;
import app.rolewise.hiring.description.entity.HiringContext;
import app.rolewise.hiring.description.entity.Location;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.PostingTerms;
import app.rolewise.hiring.description.entity.SalaryRange;
import app.rolewise.hiring.description.entity.SectionBody;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.hiring.description.entity.Workplace;
import app.rolewise.view.ControlCharacterValidator;
import app.rolewise.view.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The draft form's preview ({@code POST /assessments/preview}): what drafting would write for the facts typed
 * so far, stored nowhere. A plain servlet rather than a Faces request because the answer is one piece of
 * generated text: the Faces round trip (restoring and re-rendering the assessment page's view) cost about
 * twelve times the drafting itself.
 * <p>
 * Answers JSON: {@code {"html": ...}} with the title and sections as escaped HTML, or {@code {"problems": [...]}}
 * (400 for facts that cannot be read, 422 for a draft that cannot be made, 403 for someone else's assessment).
 */
@WebServlet("/assessments/preview")
public class DraftPreviewServlet extends HttpServlet {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    @Inject
    JobDescriptions descriptions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle words = ResourceBundle.getBundle("app.rolewise.view.messages", request.getLocale());
        List<String> problems = new ArrayList<>();
        Long assessment = assessment(request.getParameter("assessment"), words, problems);
        Integer salaryMinimum = number(request.getParameter("salaryMinimum"), words.getString("description.salaryMin"), SalaryRange.LIMIT, words, problems);
        Integer salaryMaximum = number(request.getParameter("salaryMaximum"), words.getString("description.salaryMax"), SalaryRange.LIMIT, words, problems);
        Workplace workplace = choice(Workplace.class, request.getParameter("workplace"), "draft.previewBadWorkplace", words, problems);
        String organisation = text(request, "organisation", words.getString("description.organisation"), words, problems);
        Location location = new Location(text(request, "city", words.getString("description.city"), words, problems),
                text(request, "country", words.getString("description.country"), words, problems));
        SalaryRange salary = new SalaryRange(salaryMinimum, salaryMaximum,
                text(request, "currency", words.getString("description.currency"), words, problems));
        PostingTerms terms = new PostingTerms(
                choice(EmploymentType.class, request.getParameter("employmentType"), "draft.previewBadEmploymentType", words, problems),
                date(request.getParameter("startDate"), words.getString("description.startDate"), words, problems),
                date(request.getParameter("closingDate"), words.getString("description.closingDate"), words, problems),
                text(request, "applyAt", words.getString("description.applyAt"), words, problems),
                text(request, "requisitionId", words.getString("description.requisitionId"), words, problems));
        PostingFacts facts = new PostingFacts(organisation, workplace, location, salary, terms);
        Integer people = number(request.getParameter("people"), words.getString("draft.people"), HiringContext.PEOPLE_LIMIT, words, problems);
        HiringContext context = new HiringContext(text(request, "reportsTo", words.getString("draft.reportsTo"), words, problems),
                text(request, "whatWeDo", words.getString("draft.whatWeDo"), words, problems), people,
                text(request, "benefits", words.getString("draft.benefits"), words, problems));
        if (!problems.isEmpty()) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, problems(problems));
            return;
        }
        try {
            answer(response, HttpServletResponse.SC_OK, Json.createObjectBuilder().add("html", html(descriptions.preview(assessment, facts, context))).build());
        } catch (NotYoursException | EJBAccessException notYours) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, problems(List.of(words.getString("draft.previewNotYours"))));
        } catch (RefusedException refused) {
            answer(response, 422, problems(List.of(Feedback.text(words, refused))));
        }
    }

    /** Typed text as the form's fields take it: blank is not given; control characters are refused as on every form. */
    private static String text(HttpServletRequest request, String name, String label, ResourceBundle words, List<String> problems) {
        String value = request.getParameter(name);
        if (ControlCharacterValidator.holdsControlCharacter(value)) {
            problems.add(label + ": " + words.getString("input.controlCharacters"));
            return null;
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Long assessment(String value, ResourceBundle words, List<String> problems) {
        try {
            return Long.valueOf(value == null ? "" : value.strip());
        } catch (NumberFormatException notANumber) {
            problems.add(words.getString("draft.previewNoAssessment"));
            return null;
        }
    }

    /** Blank is none given; anything else a whole number in the form's number field's range, 0 to {@code limit}. */
    private static Integer number(String value, String label, int limit, ResourceBundle words, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!DIGITS.matcher(value.strip()).matches()) {
            problems.add(label + ": " + words.getString("input.notANumber"));
            return null;
        }
        String digits = value.strip();
        long amount = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (amount > limit) {
            problems.add(label + ": " + MessageFormat.format(words.getString("draft.previewNumberRange"), limit));
            return null;
        }
        return (int) amount;
    }

    /** One of a choice's names, as its radio buttons or menu send it; blank is none chosen. */
    private static <E extends Enum<E>> E choice(Class<E> choices, String value, String unknownKey, ResourceBundle words, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(choices, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(words.getString(unknownKey));
            return null;
        }
    }

    /** A day as the form's date pickers write it (2027-03-01); blank is none given. */
    private static LocalDate date(String value, String label, ResourceBundle words, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADay) {
            problems.add(label + ": " + words.getString("draft.previewBadDate"));
            return null;
        }
    }

    /** The same markup the description page shows: the section bodies as CommonMark, the title and headings as text. */
    static String html(DescriptionContent preview) {
        StringBuilder html = new StringBuilder(4096)
                .append("<h2 id=\"previewTitle\">").append(Encode.forHtmlContent(preview.title())).append("</h2>");
        for (SectionKind kind : SectionKind.values()) {
            String body = preview.section(kind);
            if (body != null && !body.isBlank()) {
                html.append("<h3>").append(Encode.forHtmlContent(kind.heading())).append("</h3>")
                        .append(SectionBody.parse(body).html());
            }
        }
        return html.toString();
    }

    private static JsonObject problems(List<String> problems) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        problems.forEach(list::add);
        return Json.createObjectBuilder().add("problems", list).build();
    }

    private static void answer(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body.toString());
    }
}
