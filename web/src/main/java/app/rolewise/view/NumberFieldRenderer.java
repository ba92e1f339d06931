package app.rolewise.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputnumber.InputNumberRenderer;

import java.math.BigDecimal;

/**
 * PrimeFaces' number field with a message instead of a 500 for a value that is not a number. Its widget
 * lets only numbers through, but a hand-made or replayed request can send anything, and PrimeFaces answers
 * that with an exception. Registered for the number field in faces-config.xml.
 */
public class NumberFieldRenderer extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        String clientId = component.getClientId(context);
        String sent = context.getExternalContext().getRequestParameterMap().get(clientId + "_hinput");
        if (sent != null && !sent.isBlank() && !isNumber(sent.strip())) {
            // invalid from the start: nothing converted, nothing stored, the field keeps its stored value
            ((UIInput) component).setValid(false);
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, Feedback.text("input.notANumber"), null));
            context.validationFailed();
            return;
        }
        super.decode(context, component);
    }

    static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
