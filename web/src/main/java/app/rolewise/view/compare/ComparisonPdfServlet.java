package app.rolewise.view.compare;

import app.rolewise.comparison.boundary.ComparisonRequest;
import app.rolewise.comparison.boundary.Comparisons;
import app.rolewise.comparison.control.ComparisonPdf;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
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
        ComparisonRequest compared = comparisons.compare(slugs);
        ResourceBundle words = ResourceBundle.getBundle("app.rolewise.view.messages", request.getLocale());
        if (compared.comparison().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, words.getString("compare.needTwo"));
            return;
        }
        byte[] pdf = ComparisonPdf.render(compared.comparison().get(), compared.pair(), words::getString);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"rolewise-" + compared.comparison().get().key() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
