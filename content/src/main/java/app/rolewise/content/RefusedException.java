package app.rolewise.content;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A request Rolewise refuses for a reason the user is told: the reason is a key of the web module's message
 * bundle ({@code app/rolewise/view/messages.properties}) and the arguments its placeholders take, so the
 * words are the page's, in the user's language. {@link #getMessage()} names the key and the arguments, for
 * the log.
 * <p>
 * An application exception for every subclass: thrown through an EJB it reaches the caller as it is, not
 * wrapped in an {@code EJBException}, and the transaction rolls back, so nothing of the request is stored.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class RefusedException extends RuntimeException {

    private final String key;
    private final Object[] arguments;

    protected RefusedException(String key, Object... arguments) {
        super(key + " " + Arrays.toString(arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The message bundle key of the reason. */
    public String key() {
        return key;
    }

    /** The values of the reason's placeholders, {@code {0}} first. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
