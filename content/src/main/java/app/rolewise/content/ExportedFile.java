package app.rolewise.content;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Content written out as a file for saving (a job description, a decision brief, a comparison): the boundary
 * that may show the content makes it, the web hands it over as it is.
 *
 * @param name without the extension, so that versions of one file can sit side by side in a downloads folder
 */
public record ExportedFile(String name, FileFormat format, byte[] content) {

    public ExportedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
    }

    /** A text format's file, in UTF-8 as its content type says. */
    public static ExportedFile text(String name, FileFormat format, String text) {
        return new ExportedFile(name, format, text.getBytes(StandardCharsets.UTF_8));
    }

    public String fileName() {
        return name + "." + format.extension();
    }
}
