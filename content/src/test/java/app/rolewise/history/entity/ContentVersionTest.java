package app.rolewise.history.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContentVersionTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void keepsWhatWasSavedByWhomAndWhen() {
        ContentVersion version = new ContentVersion("question-bank", 1, 3, NOW, "alice", VersionNote.restored(1), "[]");

        assertEquals("question-bank", version.getSubjectKind());
        assertEquals(1, version.getSubjectId());
        assertEquals(3, version.getNumber());
        assertEquals(NOW, version.getSavedAt());
        assertEquals("alice", version.getSavedBy());
        assertEquals(VersionNote.restored(1), version.getNote());
        assertEquals("[]", version.getContentJson());
    }

    @Test
    void versionsAreNumberedFromOne() {
        assertThrows(IllegalArgumentException.class, () -> new ContentVersion("role", 7, 0, NOW, "alice", VersionNote.written(null), "{}"));
    }

    @Test
    void everyVersionNamesItsKind() {
        assertThrows(IllegalArgumentException.class, () -> new ContentVersion(" ", 7, 1, NOW, "alice", VersionNote.written(null), "{}"));
        assertThrows(NullPointerException.class, () -> new ContentVersion(null, 7, 1, NOW, "alice", VersionNote.written(null), "{}"));
    }

    @Test
    void everyVersionSaysWhyItWasSaved() {
        assertThrows(NullPointerException.class, () -> new ContentVersion("role", 7, 1, NOW, "alice", null, "{}"));
    }
}
