package app.rolewise.comparison.control;

import app.rolewise.comparison.entity.Comparison;
import app.rolewise.comparison.entity.RolePair;
import app.rolewise.library.entity.FaqEntry;
import app.rolewise.library.entity.Misconception;
import app.rolewise.library.entity.Role;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The read-only parts of the compare page as HTML, with the same markup the page had as Facelets: the
 * verdict, the table, the legend, the skills shared and apart, the overlap by category and the pair
 * content. The page renders this once per set of role and pair versions instead of walking a few hundred
 * components per request. Every text is escaped here; nothing passes through raw.
 */
public final class ComparisonHtml {

    private ComparisonHtml() {
    }

    /** The page's three read-only blocks; the chart and the picker between them stay Faces components. */
    public record Blocks(String table, String categories, String pair) {
    }

    /**
     * @param words       the page's message bundle (e.g. {@code compare.aspect})
     * @param contextPath the application's context path, for the links to the role pages
     */
    public static Blocks render(Comparison comparison, Optional<RolePair> pair, Function<String, String> words, String contextPath) {
        return new Blocks(table(comparison, pair, words, contextPath), categories(comparison, words), pair.map(p -> pair(p, words)).orElse(""));
    }

    private static String table(Comparison comparison, Optional<RolePair> pair, Function<String, String> words, String contextPath) {
        StringBuilder html = new StringBuilder(16_384);
        pair.ifPresent(p -> html.append("<p id=\"verdict\" class=\"rw-verdict\">").append(escape(p.getVerdict())).append("</p>\n"));
        html.append("<div class=\"rw-compare-scroll\"><table id=\"comparisonTable\" class=\"rw-compare rw-compare-")
                .append(comparison.roles().size()).append("\"><thead><tr><th scope=\"col\" class=\"rw-aspect\">")
                .append(escape(words.apply("compare.aspect"))).append("</th>");
        for (Role role : comparison.roles()) {
            html.append("<th scope=\"col\"><a href=\"").append(escape(contextPath)).append("/roles/role?slug=")
                    .append(escape(URLEncoder.encode(role.getSlug().value(), StandardCharsets.UTF_8))).append("\">")
                    .append(escape(role.getName())).append("</a></th>");
        }
        html.append("</tr></thead>\n<tbody>");
        for (Comparison.Row row : comparison.rows()) {
            html.append("<tr class=\"").append(row.differs() ? "rw-differs" : "rw-same").append("\" data-aspect=\"")
                    .append(row.aspect().name()).append("\"><th scope=\"row\" class=\"rw-aspect\">")
                    .append(escape(words.apply("aspect." + row.aspect().name()))).append("</th>");
            for (List<String> cell : row.cells()) {
                html.append("<td>");
                if (row.aspect().isSkills()) {
                    // whitespace between the chips, as the page had, so that they wrap
                    cell.forEach(skill -> chip(html, skill, comparison.isShared(skill)).append('\n'));
                } else if (cell.size() == 1) {
                    html.append(escape(cell.get(0)));
                } else if (cell.size() > 1) {
                    list(html, cell);
                }
                if (cell.isEmpty()) {
                    html.append("<span class=\"rw-muted\">—</span>");
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table></div>\n<p class=\"rw-muted rw-legend\">\n<span class=\"rw-chip rw-chip-shared\">")
                .append(escape(words.apply("compare.legendShared"))).append("</span>\n<span class=\"rw-chip rw-chip-distinct\">")
                .append(escape(words.apply("compare.legendDistinct"))).append("</span>\n")
                .append(escape(words.apply("compare.legendRows"))).append("\n</p>\n");

        html.append("<section id=\"skillsApart\" class=\"rw-dimension\"><h2>").append(escape(words.apply("compare.sharedSkills")))
                .append("</h2>\n<p id=\"sharedSkills\">");
        comparison.sharedSkills().forEach(skill -> chip(html, skill, true));
        if (comparison.sharedSkills().isEmpty()) {
            html.append(escape(words.apply("compare.nothingShared")));
        }
        html.append("</p>\n<div class=\"rw-distinct-columns\">");
        for (Role role : comparison.roles()) {
            html.append("<div class=\"rw-distinct\" data-role=\"").append(escape(role.getSlug().value())).append("\"><h3>")
                    .append(escape(words.apply("compare.onlyIn"))).append(' ').append(escape(role.getName())).append("</h3>");
            comparison.distinctSkillsOf(role).forEach(skill -> chip(html, skill, false));
            html.append("</div>\n");
        }
        return html.append("</div></section>\n").toString();
    }

    private static String categories(Comparison comparison, Function<String, String> words) {
        StringBuilder html = new StringBuilder(2_048).append("<table class=\"rw-similarity\"><thead><tr><th>")
                .append(escape(words.apply("compare.category"))).append("</th><th>")
                .append(escape(words.apply("compare.categorySimilarity"))).append("</th></tr></thead><tbody>");
        for (Comparison.CategorySimilarity category : comparison.similarityByCategory()) {
            html.append("<tr><td>").append(escape(category.category())).append("</td><td>").append(category.percent()).append("%</td></tr>\n");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String pair(RolePair pair, Function<String, String> words) {
        StringBuilder html = new StringBuilder(8_192);
        html.append("<section id=\"overlap\" class=\"rw-dimension\"><h2>").append(escape(words.apply("pair.overlap"))).append("</h2>\n<p>")
                .append(escape(pair.getOverlap())).append("</p>\n<h3>").append(escape(words.apply("pair.sharedTasks"))).append("</h3>");
        list(html, pair.getSharedTasks());
        html.append("</section>\n<section id=\"pairMyths\" class=\"rw-dimension\"><h2>").append(escape(words.apply("pair.myths")))
                .append("</h2>\n<dl class=\"rw-myths\">");
        String myth = escape(words.apply("role.myth"));
        String reality = escape(words.apply("role.reality"));
        for (Misconception item : pair.getMyths()) {
            html.append("<dt><span class=\"rw-myth-label\">").append(myth).append("</span> ").append(escape(item.getMyth()))
                    .append("</dt>\n<dd><span class=\"rw-truth-label\">").append(reality).append("</span> ")
                    .append(escape(item.getReality())).append("</dd>\n");
        }
        html.append("</dl></section>\n<section id=\"whichOneGuidance\" class=\"rw-dimension\"><h2>").append(escape(words.apply("pair.whichOne")))
                .append("</h2>\n<div class=\"rw-skill-columns\"><div><h3>").append(escape(words.apply("pair.forOrganizations"))).append("</h3>");
        list(html, pair.getForOrganizations());
        html.append("</div>\n<div><h3>").append(escape(words.apply("pair.forIndividuals"))).append("</h3>");
        list(html, pair.getForIndividuals());
        html.append("</div></div></section>\n<section id=\"pairFaq\" class=\"rw-dimension\"><h2>").append(escape(words.apply("pair.faq")))
                .append("</h2>\n<dl class=\"rw-faq\">");
        for (FaqEntry entry : pair.getFaq()) {
            html.append("<dt>").append(escape(entry.getQuestion())).append("</dt><dd>").append(escape(entry.getAnswer())).append("</dd>");
        }
        return html.append("</dl></section>\n").toString();
    }

    private static StringBuilder chip(StringBuilder html, String skill, boolean shared) {
        return html.append("<span class=\"rw-chip ").append(shared ? "rw-chip-shared" : "rw-chip-distinct").append("\">")
                .append(escape(skill)).append("</span>");
    }

    private static void list(StringBuilder html, List<String> items) {
        html.append("<ul>");
        items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
        html.append("</ul>");
    }

    /** Text and attribute values alike: the five characters that could end either. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            String replacement = switch (text.charAt(i)) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement == null) {
                    escaped.append(text.charAt(i));
                } else {
                    escaped.append(replacement);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }
}
