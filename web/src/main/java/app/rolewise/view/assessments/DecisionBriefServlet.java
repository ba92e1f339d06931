package app.rolewise.view.assessments;

import app.rolewise.hiring.assessment.boundary.Assessments;
import app.rolewise.hiring.assessment.boundary.NotYoursException;
import app.rolewise.hiring.assessment.control.BriefMarkdown;
import app.rolewise.hiring.assessment.control.BriefPdf;
import app.rolewise.hiring.assessment.control.DecisionBrief;
import app.rolewise.view.Attachment;
import app.rolewise.view.FileRequest;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * An assessment's decision brief as a file: {@code /assessments/brief?id=7&format=pdf|md}, for whoever may
 * read the assessment (its manager, or HR). Someone else's assessment or an unknown id: 403, the same answer
 * for both, so ids cannot be probed.
 */
@WebServlet("/assessments/brief")
public class DecisionBriefServlet extends HttpServlet {

    @Inject
    Assessments assessments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<FileRequest> asked = FileRequest.read(request, response, "brief", Set.of("md", "pdf"));
        if (asked.isEmpty()) {
            return;
        }
        long id = asked.get().id();
        DecisionBrief brief;
        try {
            brief = assessments.brief(id);
        } catch (NotYoursException notYours) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, asked.get().words().getString("brief.notFound"));
            return;
        }
        String name = "rolewise-decision-brief-" + id;
        Attachment file = asked.get().format().equals("md")
                ? new Attachment("text/markdown;charset=UTF-8", name + ".md", BriefMarkdown.render(brief).getBytes(StandardCharsets.UTF_8))
                : new Attachment("application/pdf", name + ".pdf", BriefPdf.render(brief));
        file.sendTo(response);
    }
}
