package app.rolewise.view;

import app.rolewise.content.RefusedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Tells the user what happened, in the words of the page bundle ({@code msg}).
 */
public final class Feedback {

    /**
     * The key under which a page shows what became of the step the user just took, beside the step's buttons
     * ({@code <p:messages for="outcome" forType="key">}): on a long page the top is out of view. The template's
     * messages leave these out ({@code forIgnores}).
     */
    public static final String OUTCOME = "outcome";

    private Feedback() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public static void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, null, key, arguments);
    }

    /** Why a request was refused, in the words the refusal's key names. */
    public static void warn(RefusedException refused) {
        warn(refused.key(), refused.arguments());
    }

    /** What the step just taken did, shown beside its buttons ({@link #OUTCOME}). */
    public static void outcome(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, OUTCOME, key, arguments);
    }

    /** Why the step just taken was refused, shown beside its buttons ({@link #OUTCOME}). */
    public static void outcomeRefused(RefusedException refused) {
        add(FacesMessage.SEVERITY_WARN, OUTCOME, refused.key(), refused.arguments());
    }

    /** A message shown next to one field, by its client id. */
    public static void warnAt(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
    }

    /** Why a request was refused, next to the field it is about. */
    public static void warnAt(String clientId, RefusedException refused) {
        warnAt(clientId, refused.key(), refused.arguments());
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return MessageFormat.format(bundle.getString(key), arguments);
    }

    public static String text(RefusedException refused) {
        return text(refused.key(), refused.arguments());
    }

    /** Why a request was refused, in the given bundle's words: for a servlet, which has no Faces context. */
    public static String text(ResourceBundle words, RefusedException refused) {
        return MessageFormat.format(words.getString(refused.key()), refused.arguments());
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text(key, arguments), null));
    }
}
