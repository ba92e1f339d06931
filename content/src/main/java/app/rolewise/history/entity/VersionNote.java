package app.rolewise.history.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/**
 * Why a version was saved: what happened and, where a person or a file has words for it, those words.
 * Pages name the event in the reader's language; only {@code text} is shown as it was typed.
 *
 * @param event        what saved the version
 * @param restoredFrom the version made current again, for {@link Event#RESTORED} only
 * @param text         for {@link Event#WRITTEN} what the person said, or null; for {@link Event#IMPORTED} the
 *                     file's name; null for every other event
 */
@Embeddable
public record VersionNote(
        @Enumerated(EnumType.STRING)
        @Column(name = "note_event", nullable = false, length = VersionNote.EVENT_MAX)
        Event event,

        @Column(name = "restored_from")
        Integer restoredFrom,

        @Column(name = "note", length = VersionNote.TEXT_MAX)
        String text) implements Serializable {

    public static final int EVENT_MAX = 20;
    public static final int TEXT_MAX = 200;

    /** What saved a version. */
    public enum Event {
        /** A person saved a change, with a note or without. */
        WRITTEN,
        /** A person created the subject. */
        CREATED,
        /** A job description was drafted from its assessment. */
        DRAFTED,
        /** An admin imported a library file. */
        IMPORTED,
        /** The content that ships with Rolewise, put into an empty database. */
        SEEDED,
        /** The shipped question bank, given to a bank saved before there was a decision model. */
        MODEL_ADDED,
        /** An earlier version made current again. */
        RESTORED
    }

    public VersionNote {
        Objects.requireNonNull(event, "event");
        if ((event == Event.RESTORED) != (restoredFrom != null)) {
            throw new IllegalArgumentException("A restore, and only a restore, names the version it restored: " + event + " " + restoredFrom);
        }
        if (restoredFrom != null && restoredFrom < 1) {
            throw new IllegalArgumentException("Versions are numbered from 1, not " + restoredFrom);
        }
        text = shortened(text);
        if (text != null && event != Event.WRITTEN && event != Event.IMPORTED) {
            throw new IllegalArgumentException("Only a person's save or an import has words of its own, not " + event);
        }
        if (text == null && event == Event.IMPORTED) {
            throw new IllegalArgumentException("An import names its file");
        }
    }

    /** A person's save; a blank note is none. */
    public static VersionNote written(String text) {
        return new VersionNote(Event.WRITTEN, null, text);
    }

    public static VersionNote created() {
        return new VersionNote(Event.CREATED, null, null);
    }

    public static VersionNote drafted() {
        return new VersionNote(Event.DRAFTED, null, null);
    }

    public static VersionNote imported(String fileName) {
        return new VersionNote(Event.IMPORTED, null, fileName);
    }

    public static VersionNote seeded() {
        return new VersionNote(Event.SEEDED, null, null);
    }

    public static VersionNote modelAdded() {
        return new VersionNote(Event.MODEL_ADDED, null, null);
    }

    public static VersionNote restored(int number) {
        return new VersionNote(Event.RESTORED, number, null);
    }

    /** Stripped, blank as none; a note too long for its column is cut rather than costing the save it explains. */
    private static String shortened(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= TEXT_MAX ? stripped : stripped.substring(0, TEXT_MAX - 1) + "…";
    }
}
