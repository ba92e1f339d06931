package app.rolewise.view;

import app.rolewise.content.ExportedFile;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Hands a file Rolewise wrote out (a job description, a decision brief, a comparison) over for saving. */
public final class Attachment {

    private Attachment() {
    }

    public static void send(ExportedFile file, HttpServletResponse response) throws IOException {
        response.setContentType(file.format().contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
