package app.rolewise.it.pages;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How FacesForm reads a page's choices and Ajax requests, on markup as PrimeFaces 15 renders it with its Content
 * Security Policy on (handlers moved into scripts, widgets set up by {@code PrimeFaces.cw}).
 */
class FacesFormTest {

    private static final String PAGE = """
            <html><head><script nonce="n0">PrimeFaces.csp.init('n0');</script></head><body>
            <form id="wizard" name="wizard" method="post" action="/assessments/assessment.xhtml">
            <input type="hidden" name="wizard" value="wizard"/>
            <table id="wizard:j_idt61:0:answer" class="ui-selectoneradio" role="radiogroup"><tr><td>
            <div class="ui-radiobutton"><div class="ui-helper-hidden-accessible">
            <input id="wizard:j_idt61:0:answer:0" name="wizard:j_idt61:0:answer" type="radio" value="reporting"/></div></div>
            <div class="ui-radiobutton"><div class="ui-helper-hidden-accessible">
            <input id="wizard:j_idt61:0:answer:1" name="wizard:j_idt61:0:answer" type="radio" value="predictive" checked="checked"/></div></div>
            </td></tr></table>
            <table id="wizard:j_idt61:1:answer" class="ui-selectoneradio" role="radiogroup"><tr><td>
            <input id="wizard:j_idt61:1:answer:0" name="wizard:j_idt61:1:answer" type="radio" value="yes" disabled="disabled"/>
            </td></tr></table>
            <div id="wizard:role" class="ui-selectonemenu"><div class="ui-helper-hidden-accessible">
            <input id="wizard:role_focus" name="wizard:role_focus" type="text" autocomplete="off"/></div>
            <div class="ui-helper-hidden-accessible"><select id="wizard:role_input" name="wizard:role_input" tabindex="-1" aria-hidden="true">
            <option value="">Choose a role</option><option value="bi-developer" selected="selected">BI Developer</option>
            <option value="data-engineer">Data Engineer</option></select></div></div>
            <textarea id="wizard:reason" name="wizard:reason">Dashboards first.</textarea>
            <button id="wizard:choose" name="wizard:choose" class="ui-button" type="submit"><span>Choose this role</span></button>
            <span id="wizard:skill" class="ui-autocomplete"><input id="wizard:skill_input" name="wizard:skill_input" type="text"
             class="ui-autocomplete-input ui-inputfield" value="SQL"/><input id="wizard:skill_hinput" name="wizard:skill_hinput" type="hidden" value="SQL"/></span>
            <ul class="ui-autocomplete-multiple-container"><li class="ui-autocomplete-input-token">
            <input type="text" id="wizard:roles_input" name="wizard:roles_input" class="ui-autocomplete-input"/></li></ul>
            <select id="wizard:roles_hinput" name="wizard:roles_hinput" multiple="multiple" class="ui-helper-hidden-accessible">
            <option value="data-engineer" selected="selected">data-engineer</option></select>
            <span id="wizard:section" class="ui-autocomplete"><input id="wizard:section_input" name="wizard:section_input" type="text"
             class="ui-autocomplete-input"/></span>
            <input type="hidden" name="jakarta.faces.ViewState" value="-17:42"/>
            </form>
            <script nonce="n0">PrimeFaces.csp.register('wizard:j_idt61:0:answer:0','change',function(event){PrimeFaces.ab({s:"wizard:j_idt61:0:answer",\
            e:"valueChange",f:"wizard",p:"wizard:j_idt61:0:answer",u:"wizard:steps wizard:progress"},arguments[1]);});
            PrimeFaces.csp.register('wizard:j_idt61:0:answer:1','change',function(event){PrimeFaces.ab({s:"wizard:j_idt61:0:answer",\
            e:"valueChange",f:"wizard",p:"wizard:j_idt61:0:answer",u:"wizard:steps wizard:progress"},arguments[1]);});
            PrimeFaces.csp.register('wizard:choose','click',function(event){PrimeFaces.ab({s:"wizard:choose",f:"wizard",\
            p:"wizard:choose wizard:role wizard:reason",u:"wizard draftArea",onco:function(xhr,status,args,data){x();}});return false;});
            PrimeFaces.cw("SelectOneMenu","widget_wizard_role",{id:"wizard:role",appendTo:"@(body)"});
            PrimeFaces.cw("AutoComplete","widget_wizard_skill",{id:"wizard:skill",minLength:0,forceSelection:true,dropdownMode:"blank"});
            PrimeFaces.cw("AutoComplete","widget_wizard_roles",{id:"wizard:roles",multiple:true,forceSelection:true,\
            completeEndpoint:"/compare/suggestions"});
            PrimeFaces.cw("AutoComplete","widget_wizard_section",{id:"wizard:section",minLength:1});</script>
            </body></html>""";

    private final FacesForm form = FacesForm.of(PAGE, "wizard");

    @Test
    void itListsWhatIsPickedWithWhatThePageOffers() {
        List<FacesForm.Choice> choices = form.choices();

        assertEquals(List.of(
                new FacesForm.Choice("wizard:role_input", "wizard:role", List.of("", "bi-developer", "data-engineer"), false, false),
                new FacesForm.Choice("wizard:roles_hinput", "wizard:roles", List.of("data-engineer"), true, true),
                new FacesForm.Choice("wizard:j_idt61:0:answer", "wizard:j_idt61:0:answer", List.of("reporting", "predictive"), false, false),
                new FacesForm.Choice("wizard:skill_hinput", "wizard:skill", List.of(), false, true)), choices,
                "a disabled radio group and a box that takes typed text are no choices");
        assertEquals("bi-developer", form.value("wizard:role_input"));
        assertEquals("predictive", form.value("wizard:j_idt61:0:answer"));
    }

    @Test
    void itReadsTheAjaxRequestsOfFieldsAndButtonsFromThePageScripts() {
        FacesForm.Behavior pick = form.behaviorOf("wizard:j_idt61:0:answer").orElseThrow();
        FacesForm.Behavior choose = form.buttonBehavior("wizard:choose").orElseThrow();

        assertEquals(new FacesForm.Behavior("wizard:j_idt61:0:answer", "valueChange", "wizard:j_idt61:0:answer",
                "wizard:steps wizard:progress"), pick);
        assertEquals(1, form.fieldBehaviors().size(), "each radio button carries its group's behavior; it is one request");
        assertEquals(new FacesForm.Behavior("wizard:choose", null, "wizard:choose wizard:role wizard:reason", "wizard draftArea"), choose);
        assertTrue(choose.names("wizard:role") && choose.processes("wizard:role", "wizard"));
        assertFalse(choose.names("wizard:roles") || choose.processes("wizard:roles", "wizard"));
        assertTrue(new FacesForm.Behavior("x:save", null, "@all", null).processes("x:tabs:table:0:emphasis", "x"));
        assertTrue(new FacesForm.Behavior("x:add", null, "x:tabs:table", null).processes("x:tabs:table:0:emphasis", "x"));
        // PrimeFaces writes a process list of more than one component with commas
        FacesForm.Behavior add = new FacesForm.Behavior("x:tabs:add", null, "x:tabs:add,x:tabs:picker,x:tabs:table", null);
        assertTrue(add.names("x:tabs:picker") && add.processes("x:tabs:table:0:emphasis", "x"));
        assertEquals(Optional.empty(), form.behaviorOf("wizard:role"));
    }

    @Test
    void itKnowsWhereEachSuggestionBoxAsks() {
        assertEquals(List.of(new FacesForm.Suggestions("wizard:skill", null), new FacesForm.Suggestions("wizard:roles", "/compare/suggestions"),
                new FacesForm.Suggestions("wizard:section", null)), form.suggestions());
        assertFalse(form.stateless());
        assertEquals(List.of("wizard:choose"), form.buttons());
    }

    @Test
    void aFieldCanBeSentSeveralTimes() {
        form.setAll("wizard:role_input", List.of("data-engineer", "data-engineer"));

        assertEquals("data-engineer", form.value("wizard:role_input"));
        assertEquals(Optional.of("/descriptions/description.xhtml?id=5&x=1"),
                FacesForm.redirect("<partial-response><redirect url=\"/descriptions/description.xhtml?id=5&amp;x=1\"></redirect></partial-response>"));
        assertTrue(FacesForm.isPartial("<?xml version='1.0'?><partial-response id=\"j_id1\"><changes/></partial-response>"));
    }
}
