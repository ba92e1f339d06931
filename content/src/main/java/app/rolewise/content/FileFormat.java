package app.rolewise.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats Rolewise writes content out in, each named in an address by its file extension ({@code format=pdf}). */
public enum FileFormat {
    MARKDOWN("md", "text/markdown;charset=UTF-8"),
    PDF("pdf", "application/pdf"),
    JSON_LD("jsonld", "application/ld+json;charset=UTF-8");

    private final String extension;
    private final String contentType;

    FileFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format an address names, in any case; empty for anything else. */
    public static Optional<FileFormat> ofExtension(String extension) {
        String asked = String.valueOf(extension).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(asked)).findFirst();
    }
}
