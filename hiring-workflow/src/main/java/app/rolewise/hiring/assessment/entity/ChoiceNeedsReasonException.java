package app.rolewise.hiring.assessment.entity;

import app.rolewise.content.RefusedException;

/**
 * A manager chose a role other than the recommended one, or a role while nothing is recommended, without
 * saying why. The placeholders are the chosen role ({@code {0}}) and the recommended one ({@code {1}}, null
 * when nothing is recommended).
 */
public class ChoiceNeedsReasonException extends RefusedException {

    public ChoiceNeedsReasonException(String chosen, String recommended) {
        super(recommended == null ? "refused.assessment.reasonNeededNothingRecommended" : "refused.assessment.reasonNeeded",
                chosen, recommended);
    }
}
