package app.rolewise.view.descriptions;

import app.rolewise.hiring.description.boundary.JobDescriptions;
import app.rolewise.hiring.description.entity.DescriptionContent;
import app.rolewise.hiring.description.entity.ReviewAction;
import app.rolewise.hiring.description.entity.ReviewDecision;
import app.rolewise.history.entity.Change;
import app.rolewise.history.entity.Version;
import app.rolewise.security.CurrentUser;
import app.rolewise.view.descriptions.DescriptionChanged.Part;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.OptionalInt;

/**
 * The revisions of the job description on {@code /descriptions/description.xhtml}, and what changed between
 * two of them: for a reviewer, from the revision they last decided on to the latest (what is new since their
 * review); for everyone else the latest two (what the last save changed); the user may pick others. With one
 * revision there is nothing to compare.
 */
@Named
@ViewScoped
public class DescriptionHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobDescriptions descriptions;

    @Inject
    DescriptionBacking page;

    @Inject
    CurrentUser user;

    private List<Version> revisions = List.of();
    private Integer diffFrom;
    private Integer diffTo;
    private List<Change<DescriptionContent.Part>> changes = List.of();
    /** Why the comparison shown is the one it is, as a bundle key: null once the user picked their own. */
    private String chosenBecause;

    @PostConstruct
    void readRevisions() {
        revisions = descriptions.revisions(page.getDescription().getId());
        if (revisions.size() >= 2 && diffFrom == null) {
            diffTo = revisions.get(0).number();
            OptionalInt reviewed = lastReviewedByMe();
            if (reviewed.isPresent() && reviewed.getAsInt() < diffTo) {
                diffFrom = reviewed.getAsInt();
                chosenBecause = "description.sinceMyReview";
            } else {
                diffFrom = revisions.get(1).number();
                chosenBecause = "description.sinceLastSave";
            }
        }
        compare();
    }

    /** The latest revision the signed-in reviewer approved or sent back, if they decided on one. */
    private OptionalInt lastReviewedByMe() {
        if (!user.isHr() || page.getDescription().isOwnedBy(user.getUserName())) {
            return OptionalInt.empty();
        }
        return descriptions.decisions(page.getDescription().getId()).stream()
                .filter(decision -> decision.getActor().equals(user.getUserName()))
                .filter(decision -> decision.getAction() == ReviewAction.APPROVED || decision.getAction() == ReviewAction.CHANGES_REQUESTED)
                .mapToInt(ReviewDecision::getRevision).max();
    }

    /** The user's own pick of two revisions. */
    public void comparePicked() {
        chosenBecause = null;
        compare();
    }

    void readAgain(@Observes(notifyObserver = Reception.IF_EXISTS) DescriptionChanged changed) {
        if (changed.touched(Part.TEXT)) {
            // still on the comparison chosen for the user: choose again, as a new revision may change it
            if (chosenBecause != null) {
                diffFrom = null;
            }
            readRevisions();
        }
    }

    public void compare() {
        long id = page.getDescription().getId();
        changes = diffFrom == null || diffTo == null ? List.of()
                : descriptions.revision(id, diffFrom).flatMap(before -> descriptions.revision(id, diffTo).map(before::changesTo))
                .orElse(List.of());
    }

    public List<Version> getRevisions() {
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

    public String getChosenBecause() {
        return chosenBecause;
    }

    public List<Change<DescriptionContent.Part>> getChanges() {
        return changes;
    }
}
