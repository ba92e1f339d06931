package app.rolewise.view.assessments;

import app.rolewise.hiring.assessment.boundary.NotYoursException;
import app.rolewise.hiring.assessment.entity.AssessmentClosedException;
import app.rolewise.hiring.description.boundary.JobDescriptions;
import app.rolewise.hiring.description.entity.JobDescription;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.Workplace;
import app.rolewise.library.boundary.InvalidContentException;
import app.rolewise.view.Feedback;
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
    private String organisation;
    private Workplace workplace;
    private String city;
    private String countryCode;
    private Integer salaryMinimum;
    private Integer salaryMaximum;
    private String salaryCurrency;

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
        workplace = PostingFacts.workplaceFromAnswer(locationAnswer);
    }

    private PostingFacts facts() {
        return new PostingFacts(organisation, workplace, city, countryCode, salaryMinimum, salaryMaximum, salaryCurrency);
    }

    public String draft() {
        try {
            JobDescription drafted = descriptions.draft(assessmentId, facts());
            return "/descriptions/description?faces-redirect=true&id=" + drafted.getId();
        } catch (InvalidContentException invalid) {
            invalid.problems().forEach(Feedback::warnText);
        } catch (AssessmentClosedException | NotYoursException closed) {
            Feedback.warn("draft.closed");
        }
        return null;
    }

    public Workplace[] getWorkplaces() {
        return Workplace.values();
    }

    /** The assessment the draft is made from; the preview (draft-preview.js) names it. */
    public long getAssessmentId() {
        return assessmentId;
    }

    public Long getDescriptionId() {
        return descriptionId;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Workplace getWorkplace() {
        return workplace;
    }

    public void setWorkplace(Workplace workplace) {
        this.workplace = workplace;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public Integer getSalaryMinimum() {
        return salaryMinimum;
    }

    public void setSalaryMinimum(Integer salaryMinimum) {
        this.salaryMinimum = salaryMinimum;
    }

    public Integer getSalaryMaximum() {
        return salaryMaximum;
    }

    public void setSalaryMaximum(Integer salaryMaximum) {
        this.salaryMaximum = salaryMaximum;
    }

    public String getSalaryCurrency() {
        return salaryCurrency;
    }

    public void setSalaryCurrency(String salaryCurrency) {
        this.salaryCurrency = salaryCurrency;
    }
}
