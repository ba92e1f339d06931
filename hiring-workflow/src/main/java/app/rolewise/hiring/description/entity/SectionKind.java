package app.rolewise.hiring.description.entity;

import java.util.Objects;

/**
 * The sections of a job description, in the order a candidate reads them. The heading is part of the
 * published text, so it lives here rather than in the page bundle.
 */
public enum SectionKind implements DescriptionContent.Part {
    SUMMARY("About the role"),
    IMPACT("What you will build"),
    TEAM("About the team"),
    RESPONSIBILITIES("What you will do"),
    MUST_HAVE("What you bring"),
    NICE_TO_HAVE("Nice to have"),
    SOFT_SKILLS("How you work"),
    REPORTING("Who you report to"),
    GROWTH("Where this role can lead"),
    LOCATION("Where you work"),
    SALARY("Salary"),
    ABOUT_US("About us"),
    EQUAL_OPPORTUNITY("Equal opportunity");

    private final String heading;

    SectionKind(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }

    @Override
    public String textOf(DescriptionContent content) {
        return Objects.toString(content.section(this), "");
    }
}
