package app.rolewise.library.boundary;

import app.rolewise.history.entity.VersionNote;
import app.rolewise.library.control.LibraryImporter;
import app.rolewise.library.control.LibraryJson;
import app.rolewise.library.entity.ImportReport;
import app.rolewise.library.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Fills an empty library with the roles that ship with Rolewise ({@code library/seed-library.json},
 * versioned with the code), once, on the first start after the schema exists. A library that has roles
 * is left alone: admins own it from then on.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class LibrarySeed {

    static final String SEED = "library/seed-library.json";
    private static final Logger LOG = Logger.getLogger(LibrarySeed.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    LibraryJson json;

    @Inject
    LibraryImporter importer;

    @PostConstruct
    void seedEmptyLibrary() {
        long roles = em.createNamedQuery(Role.COUNT, Long.class).getSingleResult();
        if (roles > 0) {
            return;
        }
        ImportReport report = importer.importDocument(json.read(seedText()), VersionNote.seeded(), "Seed library");
        LOG.info(() -> "Seeded the role library: " + report);
    }

    private static String seedText() {
        try (InputStream seed = LibrarySeed.class.getClassLoader().getResourceAsStream(SEED)) {
            if (seed == null) {
                throw new IllegalStateException("The seed library " + SEED + " is missing from the build");
            }
            return new String(seed.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
