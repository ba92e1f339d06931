package app.rolewise.comparison.control;

import app.rolewise.comparison.entity.Comparison;
import app.rolewise.comparison.entity.RolePair;
import app.rolewise.library.entity.Emphasis;
import app.rolewise.library.entity.Role;
import app.rolewise.library.entity.RoleSlug;
import app.rolewise.library.entity.Skill;
import app.rolewise.library.entity.SkillKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonHtmlTest {

    private static final Skill SQL = new Skill("SQL", SkillKind.HARD, "Data");
    private static final Skill HOSTILE = new Skill("<img src=x onerror=alert(1)>", SkillKind.HARD, "Data & \"more\"");

    private static Role role(String slug, String name, Skill... skills) {
        Role role = new Role(new RoleSlug(slug), name, "Data/AI", "Summary");
        role.setPrimaryFocus("Focus with <b>tags</b> & 'quotes'");
        role.setResponsibilities(List.of("One", "Two"));
        for (Skill skill : skills) {
            role.useSkill(skill, Emphasis.CORE);
        }
        return role;
    }

    @Test
    void everyTextIsEscaped() {
        Role first = role("first-role", "<script>alert('name')</script>", SQL, HOSTILE);
        Role second = role("second-role", "Second", SQL);
        RolePair pair = new RolePair(first, second);
        pair.setVerdict("</p><script>verdict()</script>");
        pair.setOverlap("a \"quoted\" overlap");

        ComparisonHtml.Blocks html = ComparisonHtml.render(Comparison.of(List.of(first, second)), Optional.of(pair),
                key -> key.equals("compare.aspect") ? "<i>Aspect</i>" : key, "/ctx\"");
        String all = html.table() + html.categories() + html.pair();

        assertFalse(all.contains("<script"), all);
        assertFalse(all.contains("<img"), all);
        assertFalse(all.contains("<b>"), all);
        assertFalse(all.contains("<i>"), all);
        assertTrue(all.contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"), all);
        assertTrue(all.contains("&lt;img src=x onerror=alert(1)&gt;"), all);
        assertTrue(all.contains("Data &amp; &quot;more&quot;"), all);
        assertTrue(all.contains("href=\"/ctx&quot;/roles/role?slug=first-role\""), all);
        assertTrue(html.table().contains("<p id=\"verdict\" class=\"rw-verdict\">&lt;/p&gt;&lt;script&gt;"), html.table());
    }

    @Test
    void theTableKeepsThePagesMarkup() {
        Role first = role("first-role", "First", SQL, HOSTILE);
        Role second = role("second-role", "Second", SQL);

        ComparisonHtml.Blocks html = ComparisonHtml.render(Comparison.of(List.of(first, second)), Optional.empty(), key -> key, "");

        assertTrue(html.table().contains("<table id=\"comparisonTable\" class=\"rw-compare rw-compare-2\">"), html.table());
        assertTrue(html.table().contains("<tr class=\"rw-same\" data-aspect=\"PRIMARY_FOCUS\">"), html.table());
        assertTrue(html.table().contains("<tr class=\"rw-differs\" data-aspect=\"HARD_SKILLS\">"), html.table());
        assertTrue(html.table().contains("<span class=\"rw-chip rw-chip-shared\">SQL</span>"), html.table());
        assertTrue(html.table().contains("<div class=\"rw-distinct\" data-role=\"first-role\"><h3>compare.onlyIn First</h3>"), html.table());
        assertTrue(html.table().contains("<td><span class=\"rw-muted\">—</span></td>"), "an empty cell shows a dash");
        assertFalse(html.table().contains("id=\"verdict\""), "no pair, no verdict");
        assertTrue(html.pair().isEmpty());
    }
}
