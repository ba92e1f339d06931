package app.rolewise.hiring.description.entity;

/**
 * What a manager tells Rolewise before it drafts: who hires, where, and for how much. Checked with the rest
 * of the description by its Bean Validation rules once the draft exists.
 */
public record PostingFacts(String organisation, Workplace workplace, String city, String countryCode,
                           Integer salaryMinimum, Integer salaryMaximum, String salaryCurrency) {

    /** The workplace the manager's answer to the location question points to, on-site when unanswered. */
    public static Workplace workplaceFromAnswer(String locationAnswer) {
        if ("remote".equals(locationAnswer)) {
            return Workplace.REMOTE;
        }
        return "hybrid".equals(locationAnswer) ? Workplace.HYBRID : Workplace.ON_SITE;
    }
}
