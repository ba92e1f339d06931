package app.rolewise.view.assessments;

import app.rolewise.content.RefusedException;
import app.rolewise.hiring.assessment.boundary.NotYoursException;
import app.rolewise.hiring.description.boundary.JobDescriptions;
import app.rolewise.hiring.description.entity.HiringContext;
import app.rolewise.hiring.description.entity.JobDescription;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.view.Feedback;
import app.rolewise.view.descriptions.FactsForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;

/**
 * The step after the choice on the assessment page: the few facts a job description needs that the
 * assessment does not ask (who hires, which city and country, the salary range, the terms), the reporting
 * line the answer suggests for the manager to confirm, what the organisation is, then the draft. The
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
    private String reportsTo;
    private String whatWeDo;
    private Integer people;
    private String benefits;

    /** Reads whether the assessment has its description already; the form is prefilled from the answers. */
    public void load(Long assessment, Map<String, String> answers) {
        if (assessment == null) {
            return;
        }
        assessmentId = assessment;
        try {
            descriptionId = descriptions.ofAssessment(assessment).map(JobDescription::getId).orElse(null);
        } catch (NotYoursException notYours) {
            descriptionId = null;
        }
        facts.setWorkplace(PostingFacts.workplaceFromAnswer(answers.get("location")));
        reportsTo = descriptions.suggestedReportsTo(answers).orElse(null);
    }

    public String draft() {
        try {
            JobDescription drafted = descriptions.draft(assessmentId, facts.facts(), new HiringContext(reportsTo, whatWeDo, people, benefits));
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

    public String getReportsTo() {
        return reportsTo;
    }

    public void setReportsTo(String reportsTo) {
        this.reportsTo = reportsTo;
    }

    public String getWhatWeDo() {
        return whatWeDo;
    }

    public void setWhatWeDo(String whatWeDo) {
        this.whatWeDo = whatWeDo;
    }

    public Integer getPeople() {
        return people;
    }

    public void setPeople(Integer people) {
        this.people = people;
    }

    public String getBenefits() {
        return benefits;
    }

    public void setBenefits(String benefits) {
        this.benefits = benefits;
    }
}
