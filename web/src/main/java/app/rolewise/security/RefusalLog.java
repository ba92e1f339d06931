package app.rolewise.security;

import app.rolewise.hiring.assessment.boundary.NotYoursException;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.api.ExceptionHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Logs what reaches the container as Undertow does, except a refusal of someone else's assessment or job
 * description, which web.xml answers with the 403 page: no server error, and logged as a security event when
 * that page is shown ({@link SecurityEventWatch}). A stack trace for every guessed id would only fill the log.
 */
final class RefusalLog implements ExceptionHandler {

    private final ExceptionHandler next;

    RefusalLog(ExceptionHandler next) {
        this.next = next;
    }

    @Override
    public boolean handleThrowable(HttpServerExchange exchange, ServletRequest request, ServletResponse response, Throwable thrown) {
        // not handled either way: the container goes on to the error page
        return !isRefusal(thrown) && next.handleThrowable(exchange, request, response, thrown);
    }

    /** A servlet throws the refusal itself; Faces hands it on as the cause of a ServletException. */
    static boolean isRefusal(Throwable thrown) {
        Throwable cause = thrown;
        while (cause instanceof ServletException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof NotYoursException;
    }
}
