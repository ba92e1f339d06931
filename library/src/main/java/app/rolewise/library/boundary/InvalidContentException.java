package app.rolewise.library.boundary;

import app.rolewise.content.RefusedException;

import java.util.List;

/**
 * Content that breaks Rolewise's rules. Nothing was stored.
 */
public class InvalidContentException extends RefusedException {

    /** Broken rules in the words Bean Validation gave them (from ValidationMessages), one after the other. */
    public InvalidContentException(List<String> problems) {
        super("refused.content.invalid", String.join(" ", problems));
    }

    /** One broken rule, said by the message under {@code key}. */
    public InvalidContentException(String key, Object... arguments) {
        super(key, arguments);
    }
}
