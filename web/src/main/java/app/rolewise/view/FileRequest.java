package app.rolewise.view;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What a file download asks for: {@code ?id=7&format=pdf}. A request without a number or with a format the
 * servlet does not make is answered 400 here, with the reason from the pages' bundle under
 * {@code <prefix>.badId} and {@code <prefix>.badFormat}.
 */
public record FileRequest(long id, String format, ResourceBundle words) {

    public static Optional<FileRequest> read(HttpServletRequest request, HttpServletResponse response, String prefix,
                                             Set<String> formats) throws IOException {
        ResourceBundle words = ResourceBundle.getBundle("app.rolewise.view.messages", request.getLocale());
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException notANumber) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, words.getString(prefix + ".badId"));
            return Optional.empty();
        }
        String format = String.valueOf(request.getParameter("format")).toLowerCase(Locale.ROOT);
        if (!formats.contains(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, words.getString(prefix + ".badFormat"));
            return Optional.empty();
        }
        return Optional.of(new FileRequest(id, format, words));
    }
}
