package app.rolewise.view.assessments;

import app.rolewise.content.FileFormat;
import app.rolewise.hiring.assessment.boundary.Assessments;
import app.rolewise.view.Attachment;
import app.rolewise.view.FileRequest;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * An assessment's decision brief as a file: {@code /assessments/brief?id=7&format=pdf|md}, for whoever may
 * read the assessment (its manager, or HR). Someone else's assessment or an unknown id is refused by the
 * boundary, and the refusal answered 403 by web.xml's error page for it: the same answer for both, so ids
 * cannot be probed.
 */
@WebServlet("/assessments/brief")
public class DecisionBriefServlet extends HttpServlet {

    @Inject
    Assessments assessments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<FileRequest> asked = FileRequest.read(request, response, "brief", Set.of(FileFormat.MARKDOWN, FileFormat.PDF));
        if (asked.isPresent()) {
            Attachment.send(assessments.brief(asked.get().id(), asked.get().format()), response);
        }
    }
}
