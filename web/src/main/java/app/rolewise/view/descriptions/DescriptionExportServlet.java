package app.rolewise.view.descriptions;

import app.rolewise.content.FileFormat;
import app.rolewise.hiring.description.boundary.JobDescriptions;
import app.rolewise.hiring.description.entity.ReviewStepException;
import app.rolewise.view.Attachment;
import app.rolewise.view.Feedback;
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
 * A job description as a file: {@code /descriptions/export?id=7&format=md|pdf|jsonld}. Markdown and PDF of the
 * current revision in any state, for sharing a draft (marked as one until approved), or of the approved revision
 * with {@code &revision=approved}; the JobPosting JSON-LD, which is what job boards publish, is always the approved
 * revision, also while a newer one is drafted (409 before the first approval), written so that it can be pasted into a careers page's
 * {@code <script type="application/ld+json">} as it is. Someone else's description or an unknown id is refused
 * by the boundary, and the refusal answered 403 by web.xml's error page for it: the same answer for both, so ids
 * cannot be probed.
 */
@WebServlet("/descriptions/export")
public class DescriptionExportServlet extends HttpServlet {

    @Inject
    JobDescriptions descriptions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<FileRequest> asked = FileRequest.read(request, response, "export", Set.of(FileFormat.values()));
        if (asked.isEmpty()) {
            return;
        }
        try {
            boolean approved = "approved".equals(request.getParameter("revision"));
            Attachment.send(descriptions.export(asked.get().id(), asked.get().format(), approved), response);
        } catch (ReviewStepException notApproved) {
            response.sendError(HttpServletResponse.SC_CONFLICT, Feedback.text(asked.get().words(), notApproved));
        }
    }
}
