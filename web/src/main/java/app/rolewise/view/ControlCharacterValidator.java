package app.rolewise.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

import java.util.Collection;

/**
 * Refuses typed text holding control characters other than tab and line breaks, on every input and URL
 * parameter of every page (a default validator). No one types them on purpose, nothing shows them, and
 * PostgreSQL refuses a NUL in any text column: one such character turned a save into a 500. It is a
 * property of stored text, the same for every field, so it is checked at the one door all typed text
 * comes through rather than on each entity field (and by the one servlet that reads typed text itself, the
 * draft preview).
 */
@FacesValidator(value = "rolewise.controlCharacters", isDefault = true)
public class ControlCharacterValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (holdsControlCharacter(value)) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Feedback.text("input.controlCharacters"), null));
        }
    }

    /** Text, or a list of lines (the one-per-line text areas), with a C0 or C1 control other than tab, CR, LF. */
    public static boolean holdsControlCharacter(Object value) {
        if (value instanceof CharSequence text) {
            return text.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r');
        }
        if (value instanceof Collection<?> items) {
            return items.stream().anyMatch(ControlCharacterValidator::holdsControlCharacter);
        }
        return false;
    }
}
