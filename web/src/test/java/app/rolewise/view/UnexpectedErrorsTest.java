package app.rolewise.view;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;
import org.primefaces.application.exceptionhandler.ExceptionInfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What PrimeFaces' handling passes on to the browser of an exception nobody planned for (the dialog's script
 * after an Ajax request, the session's copy for an error page): its time, nothing of the exception. The
 * running answers are BadInputIT's.
 */
class UnexpectedErrorsTest {

    @Test
    void theBrowserLearnsWhenButNotWhatFailed() {
        Throwable thrown = new EJBException("EJB invocation failed", new IllegalArgumentException("A pair is two different roles"));

        ExceptionInfo info = new UnexpectedErrors(null).createExceptionInfo(thrown);

        assertEquals("", info.getType());
        assertEquals("", info.getMessage());
        assertEquals("", info.getFormattedStackTrace());
        assertEquals(0, info.getStackTrace().length);
        assertNull(info.getException());
        assertTrue(info.getFormattedTimestamp().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), info.getFormattedTimestamp());
    }
}
