package app.rolewise.view;

import app.rolewise.library.entity.RoleSlug;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Turns the slug in a URL or form into the library's value object; a malformed one gets the value
 * object's own rule as its message.
 */
@FacesConverter(forClass = RoleSlug.class)
public class RoleSlugConverter implements Converter<RoleSlug> {

    @Override
    public RoleSlug getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new RoleSlug(value.strip());
        } catch (IllegalArgumentException malformed) {
            String text = Feedback.text("role.slug.format");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), malformed);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, RoleSlug slug) {
        return slug == null ? "" : slug.value();
    }
}
