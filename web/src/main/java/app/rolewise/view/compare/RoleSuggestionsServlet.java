package app.rolewise.view.compare;

import app.rolewise.library.boundary.RoleLibrary;
import app.rolewise.library.entity.Role;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The compare picker's suggestions ({@code GET /compare/suggestions?query=…}): published roles whose name
 * or URL name contains the typed text, as the JSON PrimeFaces' autocomplete reads from its
 * {@code completeEndpoint}. Asking here instead of through a Faces request lets the compare page keep no
 * view state.
 */
@WebServlet("/compare/suggestions")
public class RoleSuggestionsServlet extends HttpServlet {

    /** Enough to pick from while typing; the picker says there is more and the user types on. */
    static final int MAX_SUGGESTIONS = 20;

    @Inject
    RoleLibrary roleLibrary;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getParameter("query");
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Role> matching = roleLibrary.publishedRoles().stream()
                .filter(role -> role.getName().toLowerCase(Locale.ROOT).contains(text) || role.getSlug().value().contains(text))
                .toList();
        JsonArrayBuilder suggestions = Json.createArrayBuilder();
        matching.stream().limit(MAX_SUGGESTIONS).forEach(role -> suggestions.add(Json.createObjectBuilder()
                .add("label", role.getName())
                .add("value", role.getSlug().value())));
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder()
                .add("suggestions", suggestions)
                .add("moreAvailable", matching.size() > MAX_SUGGESTIONS)
                .build().toString());
    }
}
