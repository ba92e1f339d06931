package app.rolewise.view;

import app.rolewise.content.FileFormat;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What a file download asks for: {@code ?id=7&format=pdf}. A request without a number or with a format the
 * servlet does not make is answered 400 here, with the reason from the pages' bundle under
 * {@code <prefix>.badId} and {@code <prefix>.badFormat}.
 */
public record FileRequest(long id, FileFormat format, ResourceBundle words) {

    public static Optional<FileRequest> read(HttpServletRequest request, HttpServletResponse response, String prefix,
                                             Set<FileFormat> formats) throws IOException {
        ResourceBundle words = ResourceBundle.getBundle("app.rolewise.view.messages", request.getLocale());
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException notANumber) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, words.getString(prefix + ".badId"));
            return Optional.empty();
        }
        Optional<FileFormat> format = FileFormat.ofExtension(request.getParameter("format")).filter(formats::contains);
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, words.getString(prefix + ".badFormat"));
            return Optional.empty();
        }
        return Optional.of(new FileRequest(id, format.get(), words));
    }
}
