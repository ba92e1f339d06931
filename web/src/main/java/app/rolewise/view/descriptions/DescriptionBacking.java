package app.rolewise.view.descriptions;

import app.rolewise.hiring.assessment.boundary.NotYoursException;
import app.rolewise.hiring.description.boundary.JobDescriptions;
import app.rolewise.hiring.description.boundary.StaleDescriptionException;
import app.rolewise.hiring.description.control.InclusiveLanguage;
import app.rolewise.hiring.description.control.Readability;
import app.rolewise.hiring.description.control.SectionBody;
import app.rolewise.hiring.description.entity.DescriptionContent;
import app.rolewise.hiring.description.entity.JobDescription;
import app.rolewise.hiring.description.entity.PostingSection;
import app.rolewise.hiring.description.entity.ReviewComment;
import app.rolewise.hiring.description.entity.ReviewDecision;
import app.rolewise.hiring.description.entity.ReviewStepException;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.hiring.description.entity.Workplace;
import app.rolewise.history.entity.ContentVersion;
import app.rolewise.library.boundary.InvalidContentException;
import app.rolewise.view.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One job description: the manager edits its facts and sections (each save a revision) and moves it
 * through review; HR comments per section and decides. The page keeps what the user typed whenever a save
 * is refused, so nothing is lost to a conflict or a rule.
 */
@Named
@ViewScoped
public class DescriptionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobDescriptions descriptions;

    private Long id;
    private JobDescription description;
    private long seenVersion;

    private String title;
    private String organisation;
    private Workplace workplace;
    private String city;
    private String countryCode;
    private Integer salaryMinimum;
    private Integer salaryMaximum;
    private String salaryCurrency;
    private final Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
    private String note;

    private final Map<SectionKind, String> reviewComments = new EnumMap<>(SectionKind.class);
    private String decisionNote;
    private boolean stale;
    private String staleBy;

    private List<ReviewDecision> decisions;
    private Map<SectionKind, List<ReviewComment>> commentsBySection;
    private List<ContentVersion> revisions;
    private Integer diffFrom;
    private Integer diffTo;
    private List<DescriptionContent.Change> changes;
    // advice about the text on screen, recomputed from it; not kept when a session is written out
    private transient InclusiveLanguage.Review languageReview;
    private transient Readability readability;

    public void load() throws IOException {
        try {
            description = descriptions.description(id == null ? -1 : id);
        } catch (NotYoursException notYours) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "Not your job description");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        takeEditable(description.content());
        seenVersion = description.getVersion();
        readHistory();
        check();
    }

    /**
     * Checks the text on screen, saved or not, for gender-coded words and readability; called as the
     * manager types, so the advice is there while the sentence is still being written.
     */
    public void check() {
        List<PostingSection> shown = sections.entrySet().stream()
                .map(entry -> new PostingSection(entry.getKey(), entry.getValue()))
                .toList();
        languageReview = InclusiveLanguage.standard().review(shown);
        readability = Readability.of(shown);
    }

    /** A section's saved text as safe HTML (escaped; paragraphs and bullet lists), for read-only views. */
    public String html(SectionKind kind) {
        return SectionBody.parse(sections.get(kind)).html();
    }

    private void takeEditable(DescriptionContent content) {
        title = content.title();
        organisation = content.organisation();
        workplace = content.workplace();
        city = content.city();
        countryCode = content.countryCode();
        salaryMinimum = content.salaryMinimum();
        salaryMaximum = content.salaryMaximum();
        salaryCurrency = content.salaryCurrency();
        sections.clear();
        sections.putAll(content.sections());
    }

    private DescriptionContent edited() {
        return new DescriptionContent(title, organisation, workplace, city, countryCode, salaryMinimum, salaryMaximum,
                salaryCurrency, sections);
    }

    private void readHistory() {
        decisions = descriptions.decisions(id);
        commentsBySection = new EnumMap<>(SectionKind.class);
        for (ReviewComment comment : descriptions.comments(id)) {
            commentsBySection.computeIfAbsent(comment.getSection(), kind -> new ArrayList<>()).add(comment);
        }
        revisions = descriptions.revisions(id);
        if (revisions.size() >= 2 && diffFrom == null) {
            diffFrom = revisions.get(1).getNumber();
            diffTo = revisions.get(0).getNumber();
        }
        compare();
    }

    public void save() {
        int revisionBefore = description.getRevision();
        if (act(() -> descriptions.save(id, seenVersion, edited(), note), null)) {
            note = null;
            if (description.getRevision() == revisionBefore) {
                Feedback.info("description.unchanged", revisionBefore);
            } else {
                Feedback.info("description.saved", description.getRevision());
            }
        }
    }

    /** Saves what is on screen first, so the manager submits exactly what they see. */
    public void submit() {
        if (act(() -> descriptions.save(id, seenVersion, edited(), note), null)) {
            note = null;
            act(() -> descriptions.submit(id, seenVersion, null), "description.submitted");
        }
    }

    public void withdraw() {
        act(() -> descriptions.withdraw(id, seenVersion), "description.withdrawn");
    }

    public void reopen() {
        act(() -> descriptions.reopen(id, seenVersion, decisionNote), "description.reopened");
    }

    public void requestChanges() {
        if (act(() -> descriptions.requestChanges(id, seenVersion, reviewComments, decisionNote), "description.changesRequested")) {
            reviewComments.clear();
            decisionNote = null;
        }
    }

    public void approve() {
        if (act(() -> descriptions.approve(id, seenVersion, decisionNote), "description.approved")) {
            decisionNote = null;
        }
    }

    /** Takes the other person's newer state after a conflict; the user's own text is dropped on request only. */
    public void reload() {
        description = descriptions.description(id);
        takeEditable(description.content());
        seenVersion = description.getVersion();
        stale = false;
        readHistory();
        check();
    }

    private boolean act(Supplier<JobDescription> step, String doneKey) {
        try {
            description = step.get();
            seenVersion = description.getVersion();
            stale = false;
            takeEditable(description.content());
            readHistory();
            check();
            if (doneKey != null) {
                Feedback.info(doneKey, description.getRevision());
            }
            return true;
        } catch (StaleDescriptionException changed) {
            stale = true;
            staleBy = changed.changedBy();
            Feedback.warn("description.stale", changed.changedBy());
        } catch (InvalidContentException invalid) {
            invalid.problems().forEach(Feedback::warnText);
        } catch (ReviewStepException refused) {
            Feedback.warnText(refused.getMessage());
        } catch (NotYoursException notYours) {
            Feedback.warn("description.notYours");
        }
        return false;
    }

    public void compare() {
        changes = diffFrom == null || diffTo == null ? List.of()
                : descriptions.revision(id, diffFrom).flatMap(before -> descriptions.revision(id, diffTo).map(before::changesTo))
                .orElse(List.of());
    }

    public boolean isEditable() {
        return description != null && description.getState().isEditable();
    }

    public SectionKind[] getSectionKinds() {
        return SectionKind.values();
    }

    public Workplace[] getWorkplaces() {
        return Workplace.values();
    }

    public List<ReviewComment> commentsOn(SectionKind kind) {
        return commentsBySection.getOrDefault(kind, List.of());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public JobDescription getDescription() {
        return description;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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

    public Map<SectionKind, String> getSections() {
        return sections;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Map<SectionKind, String> getReviewComments() {
        return reviewComments;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    public boolean isStale() {
        return stale;
    }

    public String getStaleBy() {
        return staleBy;
    }

    public List<ReviewDecision> getDecisions() {
        return decisions;
    }

    public List<ContentVersion> getRevisions() {
        return revisions;
    }

    public Integer getDiffFrom() {
        return diffFrom;
    }

    public void setDiffFrom(Integer diffFrom) {
        this.diffFrom = diffFrom;
    }

    public Integer getDiffTo() {
        return diffTo;
    }

    public void setDiffTo(Integer diffTo) {
        this.diffTo = diffTo;
    }

    public InclusiveLanguage.Review getLanguageReview() {
        return languageReview;
    }

    public Readability getReadability() {
        return readability;
    }

    public List<DescriptionContent.Change> getChanges() {
        return changes;
    }
}
