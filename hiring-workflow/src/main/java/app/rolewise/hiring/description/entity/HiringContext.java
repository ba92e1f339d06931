package app.rolewise.hiring.description.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * What the manager tells about the job's setting when drafting, for the draft's words only: whom the hire
 * reports to, as one line candidates read as written, and the organisation as the "About us" section
 * introduces it. Not kept as facts: once drafted, the sections hold the words and the manager edits those.
 *
 * @param reportsTo for example "our CTO", completing "You will report to …"
 * @param whatWeDo one or two sentences on what the organisation does
 * @param people how many work there, when the manager says
 * @param benefits one benefit per line
 */
public record HiringContext(
        @Size(max = HiringContext.REPORTS_TO_MAX, message = "{description.reportsTo.size}")
        String reportsTo,

        @Size(max = HiringContext.WHAT_WE_DO_MAX, message = "{description.whatWeDo.size}")
        String whatWeDo,

        @Positive(message = "{description.people.positive}")
        @Max(value = HiringContext.PEOPLE_LIMIT, message = "{description.people.max}")
        Integer people,

        @Size(max = HiringContext.BENEFITS_MAX, message = "{description.benefits.size}")
        String benefits) implements Serializable {

    public static final int REPORTS_TO_MAX = 120;
    public static final int WHAT_WE_DO_MAX = 400;
    public static final int PEOPLE_LIMIT = 5_000_000;
    public static final int BENEFITS_MAX = 1000;

    /** Nothing told: the draft takes the reporting line from the role and leaves "About us" to the manager's pen. */
    public static final HiringContext NONE = new HiringContext(null, null, null, null);

    public HiringContext {
        reportsTo = Typed.text(reportsTo);
        whatWeDo = Typed.text(whatWeDo);
        benefits = Typed.text(benefits);
    }
}
