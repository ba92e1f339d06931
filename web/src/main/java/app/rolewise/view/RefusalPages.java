package app.rolewise.view;

import app.rolewise.hiring.assessment.boundary.NotYoursException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A boundary's refusal of someone else's assessment or job description (or of an unknown id) ends on the error
 * page web.xml maps {@link NotYoursException} to, whatever page or step it came from: OmniFaces'
 * {@link FullAjaxExceptionHandler} hands it to the container after a page request, which shows that page
 * (answered 403 by app.rolewise.security.SecurityEventWatch), and renders the same page as the answer to an
 * Ajax request. Faces wraps what an action throws (FacesException, ELException); the refusal is found inside.
 * <p>
 * Only refusals: every other exception goes on to PrimeFaces' handling ({@link UnexpectedErrors}: the expired-page
 * notice and dialogs of layout.xhtml), which would otherwise redirect to the error page and answer 200 there.
 * faces-config.xml lists this factory after PrimeFaces' and before {@link StalePosts}', which sorts out stale
 * posts first.
 */
public final class RefusalPages extends FullAjaxExceptionHandler {

    private static final Logger LOG = Logger.getLogger(RefusalPages.class.getName());

    RefusalPages(ExceptionHandler wrapped) {
        super(wrapped);
    }

    public static final class Factory extends HandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped, RefusalPages::new);
        }
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (events.hasNext() && findExceptionRootCause(context, events.next().getContext().getException()) instanceof NotYoursException) {
            super.handle();
        } else {
            getWrapped().handle();
        }
    }

    /** A refusal is no server error: one line, no stack trace (the container logs a page request's as a security event). */
    @Override
    protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
        LOG.info(() -> "Refused an Ajax request to " + context.getExternalContext().getRequestServletPath() + " ("
                + exception.getMessage() + "): " + reason + ", " + location);
    }
}
