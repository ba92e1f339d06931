package app.rolewise.view.descriptions;

import app.rolewise.hiring.assessment.boundary.NotYoursException;
import app.rolewise.hiring.description.boundary.JobDescriptions;
import app.rolewise.hiring.description.control.PostingJsonLd;
import app.rolewise.hiring.description.control.PostingMarkdown;
import app.rolewise.hiring.description.control.PostingPdf;
import app.rolewise.hiring.description.entity.DescriptionState;
import app.rolewise.hiring.description.entity.JobDescription;
import app.rolewise.view.Attachment;
import app.rolewise.view.FileRequest;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A job description as a file: {@code /descriptions/export?id=7&format=md|pdf|jsonld}. Markdown and PDF in
 * any state, for sharing a draft; the JobPosting JSON-LD, which is what job boards publish, only once HR
 * has approved, written so that it can be pasted into a careers page's {@code <script type="application/ld+json">}
 * as it is (no raw {@code <}, {@code >} or {@code &}: {@link PostingJsonLd#scriptContent}). Someone else's description or an unknown id: 403, the same answer for both, so ids cannot
 * be probed.
 */
@WebServlet("/descriptions/export")
public class DescriptionExportServlet extends HttpServlet {

    @Inject
    JobDescriptions descriptions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<FileRequest> asked = FileRequest.read(request, response, "export", Set.of("md", "pdf", "jsonld"));
        if (asked.isEmpty()) {
            return;
        }
        long id = asked.get().id();
        String format = asked.get().format();
        ResourceBundle words = asked.get().words();
        JobDescription description;
        try {
            description = descriptions.description(id);
        } catch (NotYoursException notYours) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, words.getString("export.notFound"));
            return;
        }
        var posting = description.posting(LocalDate.now(ZoneOffset.UTC));
        String name = "rolewise-job-" + id + "-r" + description.getRevision();
        switch (format) {
            case "md" -> new Attachment("text/markdown;charset=UTF-8", name + ".md",
                    PostingMarkdown.render(posting).getBytes(StandardCharsets.UTF_8)).sendTo(response);
            case "pdf" -> new Attachment("application/pdf", name + ".pdf", PostingPdf.render(posting)).sendTo(response);
            default -> {
                if (description.getState() != DescriptionState.APPROVED) {
                    response.sendError(HttpServletResponse.SC_CONFLICT, words.getString("export.notApproved"));
                    return;
                }
                new Attachment("application/ld+json;charset=UTF-8", name + ".jsonld",
                        PostingJsonLd.scriptContent(posting).getBytes(StandardCharsets.UTF_8)).sendTo(response);
            }
        }
    }
}
