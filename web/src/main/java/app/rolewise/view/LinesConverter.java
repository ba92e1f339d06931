package app.rolewise.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import java.util.Arrays;
import java.util.List;

/**
 * Edits a list of short texts as a text area with one item per line; empty lines are not items.
 */
@FacesConverter("rolewise.lines")
public class LinesConverter implements Converter<List<String>> {

    @Override
    public List<String> getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, List<String> items) {
        return items == null ? "" : String.join("\n", items);
    }
}
