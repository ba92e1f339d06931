package app.rolewise.hiring.description.control;

import app.rolewise.hiring.description.entity.Posting;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What an export of an unapproved revision says on it, so that a draft passed around as a file cannot be taken
 * for the approved text: a notice at the top (Markdown, PDF) and a mark across each page (PDF).
 */
final class DraftNotice {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("hiring.posting-words", Locale.ENGLISH);

    private DraftNotice() {
    }

    /** The notice for an unapproved revision; empty for the approved one. */
    static Optional<String> of(Posting posting) {
        return posting.standing().approved() ? Optional.empty()
                : Optional.of(MessageFormat.format(WORDS.getString("draft.notice"), posting.standing().revision()));
    }

    /** The word drawn across each page of an unapproved revision's PDF. */
    static String mark() {
        return WORDS.getString("draft.mark");
    }
}
