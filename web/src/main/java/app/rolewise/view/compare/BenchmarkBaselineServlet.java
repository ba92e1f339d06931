package app.rolewise.view.compare;

import app.rolewise.comparison.boundary.ComparisonRequest;
import app.rolewise.comparison.boundary.Comparisons;
import app.rolewise.comparison.entity.Comparison;
import app.rolewise.library.entity.Role;
import jakarta.inject.Inject;
import org.owasp.encoder.Encode;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The benchmarks' baseline ({@code /compare/plain?roles=a,b}, see bench/README.md): the same comparison as bare
 * HTML, without Faces, scripts or styles, the cheapest signed-in page, so that a ratio to it says what a page
 * costs beyond what the machine gives at that moment. A fixture for measuring, deliberately sharing no markup
 * with the compare page.
 */
@WebServlet("/compare/plain")
public class BenchmarkBaselineServlet extends HttpServlet {

    @Inject
    Comparisons comparisons;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String roles = request.getParameter("roles");
        ComparisonRequest compared = comparisons.compare(roles == null ? List.of() : Arrays.asList(roles.split(",")));
        ResourceBundle words = ResourceBundle.getBundle("app.rolewise.view.messages", request.getLocale());
        if (compared.comparison().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, words.getString("compare.needTwo"));
            return;
        }
        Comparison comparison = compared.comparison().get();
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter html = response.getWriter();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>")
                .append(Encode.forHtml(words.getString("compare.heading"))).append("</title></head><body><table><thead><tr><th>")
                .append(Encode.forHtml(words.getString("compare.aspect"))).append("</th>");
        for (Role role : comparison.roles()) {
            html.append("<th>").append(Encode.forHtml(role.getName())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (Comparison.Row row : comparison.rows()) {
            html.append("<tr><th>").append(Encode.forHtml(words.getString("aspect." + row.aspect().name()))).append("</th>");
            for (List<String> cell : row.cells()) {
                html.append("<td><ul>");
                cell.forEach(item -> html.append("<li>").append(Encode.forHtml(item)).append("</li>"));
                html.append("</ul></td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table><h2>").append(Encode.forHtml(words.getString("compare.sharedSkills"))).append("</h2><p>")
                .append(Encode.forHtml(String.join(", ", comparison.sharedSkills()))).append("</p>");
        compared.pair().ifPresent(pair -> html.append("<p>").append(Encode.forHtml(pair.getVerdict())).append("</p>"));
        html.append("</body></html>");
    }
}
