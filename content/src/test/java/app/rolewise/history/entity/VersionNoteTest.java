package app.rolewise.history.entity;

import app.rolewise.history.entity.VersionNote.Event;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionNoteTest {

    @Test
    void aPersonsNoteIsKeptStrippedAndABlankOneIsNone() {
        assertEquals(new VersionNote(Event.WRITTEN, null, "Fixed the FAQ"), VersionNote.written("  Fixed the FAQ\n"));
        assertNull(VersionNote.written("   ").text());
        assertNull(VersionNote.written(null).text());
    }

    @Test
    void aLongNoteIsShortenedToFit() {
        String text = VersionNote.written("n".repeat(500)).text();

        assertEquals(VersionNote.TEXT_MAX, text.length());
        assertTrue(text.endsWith("…"));
    }

    @Test
    void everyNoteHasAnEvent() {
        assertThrows(NullPointerException.class, () -> new VersionNote(null, null, "text"));
    }

    @Test
    void aRestoreAndOnlyARestoreNamesTheVersionItRestored() {
        assertEquals(3, VersionNote.restored(3).restoredFrom());
        assertThrows(IllegalArgumentException.class, () -> new VersionNote(Event.RESTORED, null, null));
        assertThrows(IllegalArgumentException.class, () -> VersionNote.restored(0));
        assertThrows(IllegalArgumentException.class, () -> new VersionNote(Event.CREATED, 2, null));
        assertThrows(IllegalArgumentException.class, () -> new VersionNote(Event.WRITTEN, 2, "text"));
    }

    @Test
    void onlyAPersonsSaveAndAnImportHaveWordsOfTheirOwn() {
        assertEquals("library.json", VersionNote.imported("library.json").text());
        assertThrows(IllegalArgumentException.class, () -> new VersionNote(Event.CREATED, null, "Created"));
        assertThrows(IllegalArgumentException.class, () -> new VersionNote(Event.SEEDED, null, "Seed"));
        assertThrows(IllegalArgumentException.class, () -> new VersionNote(Event.RESTORED, 1, "Restored"));
    }

    @Test
    void anImportNamesItsFile() {
        assertThrows(IllegalArgumentException.class, () -> VersionNote.imported(" "));
        assertThrows(IllegalArgumentException.class, () -> VersionNote.imported(null));
    }

    @Test
    void theSystemsEventsCarryNothingElse() {
        for (VersionNote note : new VersionNote[] {VersionNote.created(), VersionNote.drafted(), VersionNote.seeded(), VersionNote.modelAdded()}) {
            assertNull(note.restoredFrom(), note.toString());
            assertNull(note.text(), note.toString());
        }
    }
}
