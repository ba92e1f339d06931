package app.rolewise.view;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A form post that cannot belong to the page it was sent to is answered like an expired page, with one log
 * line: a view state that the page's own state does not fit (restoring it fails, or it was saved for another
 * page), or an Ajax post whose script nonce is not the page's. An Ajax post without PrimeFaces' nonce, which
 * only a hand-made request lacks, gets 400, as PrimeFaces cannot answer it at all. Both are stopped before
 * any of the page's actions run. Genuine expiry is PrimeFaces' to show: the notice page after a plain post,
 * the reload dialog after an Ajax one (layout.xhtml). Any other failure goes on to the error page, logged.
 * <p>
 * Without this, such a post reaches the page's beans half restored (another page's view-scoped beans, or none
 * loaded) and ends in a stack trace and a server error.
 */
public final class StalePosts extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(StalePosts.class.getName());
    /** The request parameter PrimeFaces' Ajax requests carry the page's script nonce in. */
    private static final String NONCE_PARAMETER = "primefaces.nonce";
    /** The expiry handed on to PrimeFaces' handler once noted here, so that it is not noted twice. */
    private static final String REFILED = StalePosts.class.getName() + ".refiled";

    StalePosts(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Wraps the other exception handlers (faces-config.xml lists this factory last), so stale posts are sorted out first. */
    public static final class Factory extends HandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped, StalePosts::new);
        }
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean ajax = context.getPartialViewContext().isAjaxRequest();
        boolean handMade = ajax && context.getExternalContext().getRequestParameterMap().get(NONCE_PARAMETER) == null;
        String stale = null;
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext event = events.next().getContext();
            Throwable thrown = root(event.getException());
            if (thrown == context.getAttributes().get(REFILED)) {
                continue;
            }
            if (handMade || thrown instanceof ViewExpiredException
                    || event.getPhaseId() == PhaseId.RESTORE_VIEW && fromRestoringState(event.getException())) {
                stale = stale != null ? stale : thrown instanceof ViewExpiredException ? thrown.getMessage() : thrown.getClass().getSimpleName();
                events.remove();
            }
        }
        if (stale != null) {
            String what = stale;
            LOG.info(() -> "A post to " + path(context) + " does not fit the page's state (" + what + "); "
                    + (handMade ? "answered 400" : "answered as an expired page"));
            if (handMade) {
                refuse(context);
            } else {
                ViewExpiredException expired = new ViewExpiredException(path(context));
                context.getAttributes().put(REFILED, expired);
                context.getApplication().publishEvent(context, ExceptionQueuedEvent.class,
                        new ExceptionQueuedEventContext(context, expired, null, PhaseId.RESTORE_VIEW));
            }
        }
        getWrapped().handle();
    }

    private static void refuse(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        if (!external.isResponseCommitted()) {
            try {
                external.responseReset();
                external.responseSendError(400, null);
            } catch (IOException gone) {
                LOG.fine(() -> "The browser left before the answer: " + gone);
            }
        }
        context.responseComplete();
    }

    private static String path(FacesContext context) {
        return context.getExternalContext().getRequestServletPath();
    }

    /**
     * Thrown while a saved state was put back into the page's components: what a state saved for other
     * components ends in. A failure while building the page itself is not this, and goes on to the error page.
     */
    private static boolean fromRestoringState(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getMethodName().startsWith("restoreState") || frame.getMethodName().startsWith("restoreAttachedState")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Throwable root(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof FacesException || cause instanceof jakarta.el.ELException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * Marks each page's state with the page it was made for, and refuses a post whose restored state was made for
     * another page: Faces finds a view state by its id alone, so a state from one page posted to another may
     * restore without an error and bring that other page's view-scoped beans along. Refuses too an Ajax post
     * whose script nonce is not the one the page was given: PrimeFaces checks it only when it renders the
     * answer, after the actions have run.
     */
    public static final class PageCheck implements PhaseListener {

        private static final long serialVersionUID = 1L;
        private static final String PAGE = StalePosts.class.getName() + ".page";

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.ANY_PHASE;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            FacesContext context = event.getFacesContext();
            if (event.getPhaseId() == PhaseId.RENDER_RESPONSE && context.getViewRoot() != null && !context.getViewRoot().isTransient()) {
                context.getViewRoot().getViewMap(true).putIfAbsent(PAGE, context.getViewRoot().getViewId());
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            FacesContext context = event.getFacesContext();
            if (event.getPhaseId() != PhaseId.RESTORE_VIEW || !context.isPostback() || context.getViewRoot() == null) {
                return;
            }
            Map<String, Object> viewMap = context.getViewRoot().getViewMap(false);
            Object madeFor = viewMap == null ? null : viewMap.get(PAGE);
            if (madeFor != null && !madeFor.equals(context.getViewRoot().getViewId())) {
                stop(context, "the state of " + madeFor);
            } else if (context.getPartialViewContext().isAjaxRequest() && viewMap != null && viewMap.get(NONCE_PARAMETER) != null
                    && !viewMap.get(NONCE_PARAMETER).equals(context.getExternalContext().getRequestParameterMap().get(NONCE_PARAMETER))) {
                stop(context, "another script nonce");
            }
        }

        private static void stop(FacesContext context, String why) {
            context.getApplication().publishEvent(context, ExceptionQueuedEvent.class, new ExceptionQueuedEventContext(context,
                    new ViewExpiredException(why, context.getViewRoot().getViewId()), null, PhaseId.RESTORE_VIEW));
            context.renderResponse();
        }
    }
}
