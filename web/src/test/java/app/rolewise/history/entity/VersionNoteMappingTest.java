package app.rolewise.history.entity;

import app.rolewise.schema.MigratedDatabase;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A version's note over the real schema (every module's migrations, which only the WAR has together): the notes
 * Rolewise wrote in English before V9 read back as events, a person's words stay theirs, and a note is stored
 * in its three columns.
 */
class VersionNoteMappingTest {

    private static final String NAME = "version-note-mapping";
    private static final String URL = "jdbc:h2:mem:" + NAME + ";DB_CLOSE_DELAY=-1";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** Notes as saved before V9, one version each of the role with id 1, numbered in this order. */
    private static final List<String> OLD_NOTES = List.of("Seed library", "Created", "Restored version 1", "Restored version 12",
            "Restored version 2 of the FAQ", "Restored version 12345678901", "Imported from library.json", "Seed", "Decision model",
            "Drafted from the assessment", "Fixed the salary factors", " ");

    private static SessionFactory database;

    @BeforeAll
    static void schema() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "sa").locations("classpath:db/migration").target("8").load().migrate();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "sa");
             PreparedStatement insert = connection.prepareStatement("insert into content_version"
                     + " (subject_kind, subject_id, number, saved_at, saved_by, note, content_json) values ('role', 1, ?, ?, 'alice', ?, '{}')")) {
            for (int index = 0; index < OLD_NOTES.size(); index++) {
                insert.setInt(1, index + 1);
                insert.setTimestamp(2, Timestamp.from(NOW));
                insert.setString(3, OLD_NOTES.get(index));
                insert.executeUpdate();
            }
            insert.setInt(1, OLD_NOTES.size() + 1);
            insert.setTimestamp(2, Timestamp.from(NOW));
            insert.setString(3, null);
            insert.executeUpdate();
        }
        database = MigratedDatabase.of(NAME, Map.of(), ContentVersion.class);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theNotesRolewiseWroteBecomeEventsAndAPersonsStayTheirs() {
        List<VersionNote> notes = database.fromTransaction(session -> session.createQuery(
                        "select v from ContentVersion v where v.subjectKind = 'role' and v.subjectId = 1 order by v.number", ContentVersion.class)
                .getResultList().stream().map(ContentVersion::getNote).toList());

        assertEquals(List.of(
                VersionNote.seeded(),
                VersionNote.created(),
                VersionNote.restored(1),
                VersionNote.restored(12),
                VersionNote.written("Restored version 2 of the FAQ"),
                VersionNote.written("Restored version 12345678901"),
                VersionNote.imported("library.json"),
                VersionNote.seeded(),
                VersionNote.modelAdded(),
                VersionNote.drafted(),
                VersionNote.written("Fixed the salary factors"),
                VersionNote.written(null),
                VersionNote.written(null)), notes);
    }

    @Test
    void aNoteIsStoredInItsColumns() {
        long id = database.fromTransaction(session -> {
            ContentVersion version = new ContentVersion("pair", 9, 2, NOW, "alice", VersionNote.restored(1), "{}");
            session.persist(version);
            return version.getId();
        });

        Object[] row = database.fromTransaction(session -> session.createNativeQuery(
                "select note_event, restored_from, note from content_version where id = :id", Object[].class)
                .setParameter("id", id).getSingleResult());
        VersionNote read = database.fromTransaction(session -> session.find(ContentVersion.class, id).getNote());

        assertArrayEquals(new Object[] {"RESTORED", 1, null}, row);
        assertEquals(VersionNote.restored(1), read);
    }
}
