package app.rolewise.view.descriptions;

import app.rolewise.hiring.description.boundary.JobDescriptions;
import app.rolewise.hiring.description.entity.ReviewComment;
import app.rolewise.hiring.description.entity.ReviewDecision;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.security.CurrentUser;
import app.rolewise.view.descriptions.DescriptionChanged.Part;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * HR's review on {@code /descriptions/description.xhtml}: a comment per section and the decision, taken through
 * {@link DescriptionBacking}; and the review on record, the decisions and the comments per section, shown to
 * everyone who may open the description.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobDescriptions descriptions;

    @Inject
    DescriptionBacking page;

    @Inject
    CurrentUser user;

    private final Map<SectionKind, String> newComments = new EnumMap<>(SectionKind.class);
    private String decisionNote;
    private boolean reviewer;
    private List<ReviewDecision> decisions = List.of();
    private Map<SectionKind, List<ReviewComment>> commentsBySection = Map.of();

    @PostConstruct
    void readReview() {
        // nobody decides on their own description, even with both roles
        reviewer = user.isHr() && !page.getDescription().isOwnedBy(user.getUserName());
        readDecisions();
        readComments();
    }

    void readAgain(@Observes(notifyObserver = Reception.IF_EXISTS) DescriptionChanged changed) {
        if (changed.touched(Part.DECISIONS)) {
            readDecisions();
        }
        if (changed.touched(Part.COMMENTS)) {
            readComments();
        }
    }

    private void readDecisions() {
        decisions = descriptions.decisions(page.getDescription().getId());
    }

    private void readComments() {
        Map<SectionKind, List<ReviewComment>> bySection = new EnumMap<>(SectionKind.class);
        for (ReviewComment comment : descriptions.comments(page.getDescription().getId())) {
            bySection.computeIfAbsent(comment.getSection(), kind -> new ArrayList<>()).add(comment);
        }
        commentsBySection = bySection;
    }

    public void requestChanges() {
        if (page.act((id, version) -> descriptions.requestChanges(id, version, newComments, decisionNote),
                "description.changesRequested", Part.DECISIONS, Part.COMMENTS)) {
            newComments.clear();
            decisionNote = null;
        }
    }

    public void approve() {
        if (page.act((id, version) -> descriptions.approve(id, version, newComments, decisionNote), "description.approved",
                Part.DECISIONS, Part.COMMENTS)) {
            newComments.clear();
            decisionNote = null;
        }
    }

    public List<ReviewComment> commentsOn(SectionKind kind) {
        return commentsBySection.getOrDefault(kind, List.of());
    }

    /** Whether the signed-in user reviews it: HR, and not its owner. */
    public boolean isReviewer() {
        return reviewer;
    }

    public List<ReviewDecision> getDecisions() {
        return decisions;
    }

    public Map<SectionKind, String> getNewComments() {
        return newComments;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }
}
