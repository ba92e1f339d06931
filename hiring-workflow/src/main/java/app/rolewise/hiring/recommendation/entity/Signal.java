package app.rolewise.hiring.recommendation.entity;

/**
 * What an answer says about the organization beyond its weights, for the rules that weights cannot
 * express, such as hiring order.
 */
public enum Signal {
    /** The business goal needs predictions or personalisation, not only reporting. */
    GOAL_PREDICTIVE,
    /** The business goal is reporting and analytics. */
    GOAL_REPORTING,
    /** Sources are not integrated, there is no central store, or the data is not trusted. */
    FOUNDATION_MISSING,
    /** Models already run in production. */
    MODELS_IN_PRODUCTION
}
