package app.rolewise.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Tells the user what happened, in the words of the page bundle ({@code msg}).
 */
public final class Feedback {

    private Feedback() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public static void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, null, key, arguments);
    }

    /** A message shown next to one field, by its client id. */
    public static void warnAt(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
    }

    /** A message in the user's words (such as a validation message) next to one field. */
    public static void warnAtText(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A message whose text is already in the user's words, such as a validation message. */
    public static void warnText(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return MessageFormat.format(bundle.getString(key), arguments);
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text(key, arguments), null));
    }
}
