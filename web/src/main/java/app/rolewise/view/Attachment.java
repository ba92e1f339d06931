package app.rolewise.view;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A file Rolewise hands over for saving (a job description, a decision brief), named so that versions of it
 * can sit side by side in a downloads folder.
 */
public record Attachment(String contentType, String fileName, byte[] content) {

    public void sendTo(HttpServletResponse response) throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
