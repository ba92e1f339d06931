package app.rolewise.view.descriptions;

import app.rolewise.hiring.description.entity.EmploymentType;
import app.rolewise.hiring.description.entity.Location;
import app.rolewise.hiring.description.entity.PostingFacts;
import app.rolewise.hiring.description.entity.PostingTerms;
import app.rolewise.hiring.description.entity.SalaryRange;
import app.rolewise.hiring.description.entity.Workplace;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A job description's facts while they are typed, for the {@code rw:facts} fields of the draft form and the
 * description editor. Records cannot be bound field by field, so the form holds the values and makes the
 * records in {@link #facts()}; Bean Validation checks those when the description is drafted or saved, and
 * a refused form still shows everything typed.
 */
public class FactsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String organisation;
    private Workplace workplace;
    private String city;
    private String countryCode;
    private Integer salaryMinimum;
    private Integer salaryMaximum;
    private String salaryCurrency;
    private EmploymentType employmentType = EmploymentType.FULL_TIME;
    private LocalDate startDate;
    private LocalDate closingDate;
    private String applyAt;
    private String requisitionId;

    public static FactsForm of(PostingFacts facts) {
        FactsForm form = new FactsForm();
        form.organisation = facts.organisation();
        form.workplace = facts.workplace();
        form.city = facts.location().city();
        form.countryCode = facts.location().countryCode();
        if (facts.salary() != null) {
            form.salaryMinimum = facts.salary().minimum();
            form.salaryMaximum = facts.salary().maximum();
            form.salaryCurrency = facts.salary().currency();
        }
        PostingTerms terms = facts.terms();
        form.employmentType = terms.employmentType();
        form.startDate = terms.startDate();
        form.closingDate = terms.closingDate();
        form.applyAt = terms.applyAt();
        form.requisitionId = terms.requisitionId();
        return form;
    }

    public PostingFacts facts() {
        return new PostingFacts(organisation, workplace, new Location(city, countryCode),
                new SalaryRange(salaryMinimum, salaryMaximum, salaryCurrency),
                new PostingTerms(employmentType, startDate, closingDate, applyAt, requisitionId));
    }

    public Workplace[] getWorkplaces() {
        return Workplace.values();
    }

    public EmploymentType[] getEmploymentTypes() {
        return EmploymentType.values();
    }

    public EmploymentType getEmploymentType() {
        return employmentType;
    }

    public void setEmploymentType(EmploymentType employmentType) {
        this.employmentType = employmentType;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getClosingDate() {
        return closingDate;
    }

    public void setClosingDate(LocalDate closingDate) {
        this.closingDate = closingDate;
    }

    public String getApplyAt() {
        return applyAt;
    }

    public void setApplyAt(String applyAt) {
        this.applyAt = applyAt;
    }

    public String getRequisitionId() {
        return requisitionId;
    }

    public void setRequisitionId(String requisitionId) {
        this.requisitionId = requisitionId;
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
