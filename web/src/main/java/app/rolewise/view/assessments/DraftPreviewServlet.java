package app.rolewise.view.assessments;

import app.rolewise.content.RefusedException;
import app.rolewise.hiring.assessment.boundary.NotYoursException;
import app.rolewise.hiring.description.boundary.JobDescriptions;
import app.rolewise.hiring.description.entity.DescriptionContent;
import app.rolewise.hiring.description.entity.Location;
import app.rolewise.hiring.description.entity.PostingFacts;
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
        Integer salaryMinimum = salary(request.getParameter("salaryMinimum"), words.getString("description.salaryMin"), words, problems);
        Integer salaryMaximum = salary(request.getParameter("salaryMaximum"), words.getString("description.salaryMax"), words, problems);
        Workplace workplace = workplace(request.getParameter("workplace"), words, problems);
        String organisation = text(request, "organisation", words.getString("description.organisation"), words, problems);
        Location location = new Location(text(request, "city", words.getString("description.city"), words, problems),
                text(request, "country", words.getString("description.country"), words, problems));
        SalaryRange salary = new SalaryRange(salaryMinimum, salaryMaximum,
                text(request, "currency", words.getString("description.currency"), words, problems));
        PostingFacts facts = new PostingFacts(organisation, workplace, location, salary);
        if (!problems.isEmpty()) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, problems(problems));
            return;
        }
        try {
            answer(response, HttpServletResponse.SC_OK, Json.createObjectBuilder().add("html", html(descriptions.preview(assessment, facts))).build());
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

    /** Blank is no salary given; anything else a whole amount in the form's number fields' range. */
    private static Integer salary(String value, String label, ResourceBundle words, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!DIGITS.matcher(value.strip()).matches()) {
            problems.add(label + ": " + words.getString("input.notANumber"));
            return null;
        }
        String digits = value.strip();
        long amount = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (amount > SalaryRange.LIMIT) {
            problems.add(label + ": " + words.getString("draft.previewSalaryRange"));
            return null;
        }
        return (int) amount;
    }

    private static Workplace workplace(String value, ResourceBundle words, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Workplace.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(words.getString("draft.previewBadWorkplace"));
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
