package app.rolewise.view.assessments;

import app.rolewise.content.RefusedException;
import app.rolewise.hiring.assessment.boundary.NotYoursException;
import app.rolewise.hiring.description.boundary.JobDescriptions;
import app.rolewise.hiring.description.entity.JobDescription;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.view.Feedback;
import app.rolewise.view.descriptions.FactsForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The step after the choice on the assessment page: the few facts a job description needs that the
 * assessment does not ask (who hires, which city and country, the salary range), then the draft. The
 * preview of the draft is {@link DraftPreviewServlet}'s.
 */
@Named
@ViewScoped
public class DraftDescriptionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobDescriptions descriptions;

    private long assessmentId;
    private Long descriptionId;
    private final FactsForm facts = new FactsForm();

    /** Reads whether the assessment has its description already; the form is prefilled from the answers. */
    public void load(Long assessment, String locationAnswer) {
        if (assessment == null) {
            return;
        }
        assessmentId = assessment;
        try {
            descriptionId = descriptions.ofAssessment(assessment).map(JobDescription::getId).orElse(null);
        } catch (NotYoursException notYours) {
            descriptionId = null;
        }
        facts.setWorkplace(PostingFacts.workplaceFromAnswer(locationAnswer));
    }

    public String draft() {
        try {
            JobDescription drafted = descriptions.draft(assessmentId, facts.facts());
            return "/descriptions/description?faces-redirect=true&id=" + drafted.getId();
        } catch (RefusedException refused) {
            Feedback.warn(refused);
        }
        return null;
    }

    /** The assessment the draft is made from; the preview (draft-preview.js) names it. */
    public long getAssessmentId() {
        return assessmentId;
    }

    public Long getDescriptionId() {
        return descriptionId;
    }

    public FactsForm getFacts() {
        return facts;
    }
}
