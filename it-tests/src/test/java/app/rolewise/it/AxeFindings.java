package app.rolewise.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What axe-core (Deque's engine, run inside the page in the real browser) finds against WCAG 2.2 AA on the page a
 * browser shows now: each violated rule with its impact and the elements that violate it.
 */
final class AxeFindings {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules axe tags with these. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** The impacts that fail a test; moderate and minor ones are reported. */
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** One violated rule on one page: its id, its impact, what it asks for, and the selectors of the elements. */
    record Finding(String rule, String impact, String help, String helpUrl, List<String> targets) {

        boolean blocking() {
            return BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " at " + String.join(" | ", targets);
        }
    }

    private final String url;
    private final List<Finding> findings;

    private AxeFindings(String url, List<Finding> findings) {
        this.url = url;
        this.findings = findings;
    }

    /** Runs axe-core on the page the driver shows, with the WCAG 2.2 AA rules. */
    static AxeFindings of(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            // an element's own impact where axe gives one (a rule's is its worst element's)
            for (String impact : impactsOf(rule)) {
                List<String> targets = rule.getNodes().stream()
                        .filter(node -> impact.equals(impactOf(rule, node)))
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
                findings.add(new Finding(rule.getId(), impact, rule.getHelp(), rule.getHelpUrl(), targets));
            }
        }
        return new AxeFindings(driver.getCurrentUrl(), List.copyOf(findings));
    }

    private static List<String> impactsOf(Rule rule) {
        return rule.getNodes().stream().map(node -> impactOf(rule, node)).distinct().toList();
    }

    private static String impactOf(Rule rule, CheckedNode node) {
        String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
        return impact == null ? "unknown" : impact;
    }

    String url() {
        return url;
    }

    List<Finding> all() {
        return findings;
    }

    /** Serious and critical violations: each one keeps someone from using the page. */
    List<Finding> blocking() {
        return findings.stream().filter(Finding::blocking).toList();
    }
}
