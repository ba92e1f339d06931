package app.rolewise.view.compare;

import app.rolewise.comparison.boundary.Comparisons;
import app.rolewise.content.ExportedFile;
import app.rolewise.view.Attachment;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The comparison as a PDF download ({@code /compare/pdf?roles=a,b}), with the same roles and words as the
 * page. Fewer than two published roles: 404 with a plain explanation.
 */
@WebServlet("/compare/pdf")
public class ComparisonPdfServlet extends HttpServlet {

    @Inject
    Comparisons comparisons;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String roles = request.getParameter("roles");
        List<String> slugs = roles == null ? List.of() : Arrays.stream(roles.split(",")).toList();
        ResourceBundle words = ResourceBundle.getBundle("app.rolewise.view.messages", request.getLocale());
        Optional<ExportedFile> pdf = comparisons.pdf(slugs, words::getString);
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, words.getString("compare.needTwo"));
            return;
        }
        Attachment.send(pdf.get(), response);
    }
}
