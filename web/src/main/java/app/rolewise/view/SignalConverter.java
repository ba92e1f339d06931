package app.rolewise.view;

import app.rolewise.hiring.recommendation.entity.Signal;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * An answer's signals in the question editor's check boxes, by name.
 */
@FacesConverter("rolewise.signal")
public class SignalConverter implements Converter<Signal> {

    @Override
    public Signal getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : Signal.valueOf(value.strip());
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Signal signal) {
        return signal == null ? "" : signal.name();
    }
}
