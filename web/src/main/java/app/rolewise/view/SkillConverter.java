package app.rolewise.view;

import app.rolewise.library.boundary.SkillCatalogue;
import app.rolewise.library.entity.Skill;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.application.FacesMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A catalogue skill by its (unique) name, for the skill picker. A CDI bean (used as
 * {@code converter="#{skillConverter}"}) so that it can reach the catalogue.
 */
@Named
@ApplicationScoped
public class SkillConverter implements Converter<Skill> {

    @Inject
    SkillCatalogue catalogue;

    @Override
    public Skill getAsObject(FacesContext context, UIComponent component, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return catalogue.named(name).orElseThrow(() -> {
            String text = Feedback.text("admin.edit.unknownSkill", name);
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Skill skill) {
        return skill == null ? "" : skill.getName();
    }
}
