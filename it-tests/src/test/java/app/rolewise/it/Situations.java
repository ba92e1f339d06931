package app.rolewise.it;

import java.util.Map;

/**
 * Whole sets of wizard answers for the tests that need a recommendation, as a manager in that situation would
 * answer (enough of the question bank for Rolewise to recommend).
 */
final class Situations {

    /**
     * A shop that wants personalised recommendations while its data is scattered, untrusted and in no central
     * store, with no data people yet: the Data Engineer comes first, the Machine Learning Engineer next.
     */
    static final Map<String, String> PREDICTIONS_WITHOUT_A_FOUNDATION = Map.ofEntries(
            Map.entry("goal", "predictive"), Map.entry("pain", "product-gap"), Map.entry("sources-integrated", "no"),
            Map.entry("central-store", "none"), Map.entry("data-quality", "untrusted"), Map.entry("pipelines", "none"),
            Map.entry("governance", "standard"), Map.entry("platform-change", "no"), Map.entry("decision-making", "gut-feel"),
            Map.entry("report-requests", "nobody"), Map.entry("metric-definitions", "undefined"), Map.entry("models-in-production", "none"),
            Map.entry("model-delivery", "nothing-yet"), Map.entry("ml-teams", "none"), Map.entry("llm-plans", "no"),
            Map.entry("ml-problem", "known"), Map.entry("existing-team", "nobody"), Map.entry("team-load", "no-team"),
            Map.entry("data-volume", "millions"), Map.entry("freshness", "daily"), Map.entry("reports-to", "product"),
            Map.entry("timeline", "next-year"), Map.entry("seniority", "senior"), Map.entry("location", "hybrid"),
            Map.entry("salary-budget", "market"));

    /**
     * Reporting for a business whose analysts are swamped and whose teams define figures their own way: the BI
     * Developer and the Analytics Engineer fit too closely to call.
     */
    static final Map<String, String> REPORTING_WITH_ANALYSTS = Map.ofEntries(
            Map.entry("goal", "reporting"), Map.entry("pain", "no-numbers"), Map.entry("sources-integrated", "partly"),
            Map.entry("central-store", "modern"), Map.entry("data-quality", "mostly"), Map.entry("pipelines", "dependable"),
            Map.entry("governance", "standard"), Map.entry("platform-change", "no"), Map.entry("decision-making", "manual-reports"),
            Map.entry("report-requests", "queue"), Map.entry("metric-definitions", "disputed"), Map.entry("models-in-production", "none"),
            Map.entry("model-delivery", "nothing-yet"), Map.entry("ml-teams", "none"), Map.entry("llm-plans", "no"),
            Map.entry("ml-problem", "no-problem"), Map.entry("existing-team", "analysts-only"), Map.entry("team-load", "analysis-hands"),
            Map.entry("reports-to", "business"), Map.entry("data-volume", "millions"), Map.entry("freshness", "daily"),
            Map.entry("timeline", "this-quarter"), Map.entry("seniority", "mid"), Map.entry("location", "on-site"),
            Map.entry("salary-budget", "market"));

    /**
     * A wholesaler that wants reporting this year and demand models next, with half its sources still exported
     * by hand and no warehouse: the BI Developer fits best but needs integrated data, so the Data Engineer
     * comes first; integrated sources or a working warehouse would change that.
     */
    static final Map<String, String> REPORTING_NOW_MODELS_LATER = Map.ofEntries(
            Map.entry("goal", "both"), Map.entry("pain", "no-numbers"), Map.entry("sources-integrated", "partly"),
            Map.entry("central-store", "none"), Map.entry("data-quality", "untrusted"), Map.entry("pipelines", "none"),
            Map.entry("governance", "standard"), Map.entry("platform-change", "no"), Map.entry("decision-making", "manual-reports"),
            Map.entry("report-requests", "queue"), Map.entry("metric-definitions", "undefined"), Map.entry("models-in-production", "none"),
            Map.entry("model-delivery", "nothing-yet"), Map.entry("ml-teams", "none"), Map.entry("llm-plans", "no"),
            Map.entry("ml-problem", "known"), Map.entry("existing-team", "analysts-only"), Map.entry("team-load", "analysis-hands"),
            Map.entry("data-volume", "millions"), Map.entry("freshness", "daily"), Map.entry("reports-to", "business"),
            Map.entry("timeline", "this-quarter"), Map.entry("seniority", "senior"), Map.entry("location", "hybrid"),
            Map.entry("salary-budget", "market"));

    private Situations() {
    }
}
