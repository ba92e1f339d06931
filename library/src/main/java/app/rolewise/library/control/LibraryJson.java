package app.rolewise.library.control;

import app.rolewise.library.entity.RoleContent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

/**
 * Reads and writes the library's JSON with JSON-B. One instance for the application: a Jsonb is
 * thread-safe and costly to build.
 */
@ApplicationScoped
public class LibraryJson {

    private Jsonb jsonb;

    @PostConstruct
    public void open() {
        jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true));
    }

    @PreDestroy
    public void close() {
        try {
            jsonb.close();
        } catch (Exception ignored) {
            // nothing is left to release at shutdown
        }
    }

    public String write(LibraryDocument document) {
        return jsonb.toJson(document);
    }

    /** Parses a library document; a file that is not one gets an error that says why. */
    public LibraryDocument read(String json) {
        if (json == null || json.isBlank()) {
            throw new LibraryImportException("refused.import.empty");
        }
        LibraryDocument document;
        try {
            document = jsonb.fromJson(json, LibraryDocument.class);
        } catch (JsonbException e) {
            throw new LibraryImportException("refused.import.notJson", rootMessage(e));
        }
        if (document == null || !LibraryDocument.FORMAT.equals(document.format())) {
            throw new LibraryImportException("refused.import.notExport", LibraryDocument.FORMAT);
        }
        return document;
    }

    public String writeRole(RoleContent content) {
        return jsonb.toJson(content);
    }

    public RoleContent readRole(String json) {
        return jsonb.fromJson(json, RoleContent.class);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
