package app.rolewise.it;

import java.util.Map;

/**
 * Whole sets of wizard answers for the tests that need a recommendation, as a manager in that situation would
 * answer (enough of the question bank for Rolewise to recommend).
 */
final class Situations {

    /**
     * A company that wants predictions but whose data is scattered, untrusted and in no central store, with no
     * data people yet: the Data Engineer leads by far, and comes before the Machine Learning Engineer.
     */
    static final Map<String, String> PREDICTIONS_WITHOUT_A_FOUNDATION = Map.ofEntries(
            Map.entry("goal", "predictive"), Map.entry("pain", "product-gap"), Map.entry("sources-integrated", "no"),
            Map.entry("central-store", "none"), Map.entry("data-quality", "untrusted"), Map.entry("governance", "standard"),
            Map.entry("decision-making", "gut-feel"), Map.entry("models-in-production", "none"),
            Map.entry("model-delivery", "nothing-yet"), Map.entry("existing-team", "nobody"), Map.entry("reports-to", "engineering"),
            Map.entry("data-volume", "millions"), Map.entry("seniority", "senior"), Map.entry("location", "hybrid"));

    /**
     * Reporting for a business with some integration and analysts only: the Data Analyst, the BI Developer and
     * the Analytics Engineer score too close to call.
     */
    static final Map<String, String> REPORTING_WITH_ANALYSTS = Map.ofEntries(
            Map.entry("goal", "reporting"), Map.entry("pain", "no-numbers"), Map.entry("sources-integrated", "partly"),
            Map.entry("central-store", "modern"), Map.entry("data-quality", "mostly"), Map.entry("governance", "standard"),
            Map.entry("decision-making", "manual-reports"), Map.entry("models-in-production", "none"),
            Map.entry("model-delivery", "nothing-yet"), Map.entry("existing-team", "analysts-only"), Map.entry("reports-to", "business"),
            Map.entry("data-volume", "millions"), Map.entry("freshness", "daily"), Map.entry("timeline", "this-quarter"),
            Map.entry("seniority", "mid"), Map.entry("location", "on-site"), Map.entry("salary-budget", "market"));

    private Situations() {
    }
}
