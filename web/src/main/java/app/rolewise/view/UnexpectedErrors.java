package app.rolewise.view;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import org.primefaces.application.exceptionhandler.ExceptionInfo;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * An exception that no other handler takes: PrimeFaces' handling (the dialogs of layout.xhtml after an Ajax
 * request, the error page after a page request; the exception logged in full), but the browser learns only
 * when it happened. PrimeFaces hands the exception's class and message to the dialog's script in the Ajax
 * answer and keeps its stack trace in the session for an error page: words from inside the application, with
 * whatever data it failed on, that no user can act on. faces-config.xml lists this factory first, in place of
 * PrimeFaces' own.
 */
public final class UnexpectedErrors extends PrimeExceptionHandler {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    UnexpectedErrors(ExceptionHandler wrapped) {
        super(wrapped);
    }

    public static final class Factory extends HandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped, UnexpectedErrors::new);
        }
    }

    /** What goes to the page: the time only; which handler answers and what is logged go by the exception itself. */
    @Override
    protected ExceptionInfo createExceptionInfo(Throwable rootCause) {
        ExceptionInfo info = new ExceptionInfo();
        info.setType("");
        info.setMessage("");
        info.setFormattedStackTrace("");
        info.setStackTrace(new StackTraceElement[0]);
        info.setTimestamp(LocalDateTime.now());
        info.setFormattedTimestamp(info.getTimestamp().format(WHEN));
        return info;
    }
}
