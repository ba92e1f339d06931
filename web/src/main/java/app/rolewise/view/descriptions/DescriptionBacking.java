package app.rolewise.view.descriptions;

import app.rolewise.content.RefusedException;
import app.rolewise.content.StaleContentException;
import app.rolewise.hiring.description.boundary.JobDescriptions;
import app.rolewise.hiring.description.entity.DescriptionContent;
import app.rolewise.hiring.description.entity.JobDescription;
import app.rolewise.hiring.description.entity.OpenFindingsException;
import app.rolewise.hiring.description.entity.SectionBody;
import app.rolewise.hiring.description.entity.SectionKind;
import app.rolewise.security.CurrentUser;
import app.rolewise.view.Feedback;
import app.rolewise.view.descriptions.DescriptionChanged.Part;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One job description ({@code /descriptions/description.xhtml?id=…}): the manager edits its facts and sections
 * (each save a revision) and moves it through review. The page's other parts have beans of their own that take
 * the description from here: HR's review ({@link ReviewBacking}), the revisions ({@link DescriptionHistoryBacking})
 * and the language check ({@link LanguageCheckBacking}). Every step is one call of the boundary; after it, each
 * part reads again only what the step changed ({@link DescriptionChanged}). The page keeps what the user typed
 * whenever a step is refused, so nothing is lost to a conflict or a rule.
 */
@Named
@ViewScoped
public class DescriptionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobDescriptions descriptions;

    @Inject
    CurrentUser user;

    @Inject
    Event<DescriptionChanged> changed;

    private Long id;
    private JobDescription description;
    private long seenVersion;
    private boolean mine;
    private boolean stale;
    private String staleBy;
    /** The revision the text on screen was written on: a save that meets a newer one is applied onto it from here. */
    private int baseRevision;
    /** The other save's text of the parts both sides changed, after a save that met them. */
    private final Map<DescriptionContent.Part, String> meanwhile = new LinkedHashMap<>();
    private final List<DescriptionContent.Fact> meanwhileFacts = new ArrayList<>();

    private String title;
    private FactsForm facts = new FactsForm();
    private final Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
    private final Map<SectionKind, String> html = new EnumMap<>(SectionKind.class);
    private String note;
    private String reopenReason;
    /** Masculine-coded words left when a submission was held back; 0 otherwise. */
    private int heldBack;
    private String forHr;

    /** One step on the description, taken on the version the user saw: a change made meanwhile refuses it. */
    @FunctionalInterface
    public interface Step {
        JobDescription take(long id, long expectedVersion);
    }

    /** Someone else's description and an unknown id are refused by the boundary; web.xml answers that with 403. */
    public void load() {
        take(descriptions.description(id == null ? -1 : id));
        takeText();
    }

    /**
     * Saves what is on screen. When someone saved meanwhile (another tab), the edit is applied onto their
     * revision part by part: parts only one side changed are both kept and saved; parts both changed differently
     * are not saved, and the page keeps the user's text with the other save's beside it, the rest of the form
     * brought up to date, so that the next Save is the user's decision on those parts alone.
     */
    public void save() {
        int revisionBefore = description.getRevision();
        JobDescriptions.MergedSave[] onto = new JobDescriptions.MergedSave[1];
        meanwhile.clear();
        meanwhileFacts.clear();
        boolean saved = act((id, version) -> {
            try {
                return descriptions.save(id, version, edited(), note);
            } catch (StaleContentException changedMeanwhile) {
                onto[0] = descriptions.saveOnto(id, baseRevision, edited(), note);
                if (onto[0].merge().conflicts().isEmpty()) {
                    staleBy = changedMeanwhile.savedBy();
                    return onto[0].description();
                }
                throw changedMeanwhile;
            }
        }, null, Part.TEXT);
        if (!saved && onto[0] != null) {
            keepBothChanged(onto[0]);
        } else if (saved && onto[0] != null) {
            note = null;
            Feedback.outcome("description.savedMerged", description.getRevision(), staleBy, names(onto[0].merge().fromTheirs()));
        } else if (saved) {
            note = null;
            if (description.getRevision() == revisionBefore) {
                Feedback.outcome("description.unchanged", revisionBefore);
            } else {
                Feedback.outcome("description.saved", description.getRevision());
            }
        }
    }

    /**
     * Saves what is on screen and submits it, so the manager submits exactly what they see. Held back once while
     * masculine-coded words are left: the page then offers to send it anyway, with a word for HR.
     */
    public void submit() {
        send(false);
    }

    public void submitAnyway() {
        send(true);
    }

    private void send(boolean anyway) {
        heldBack = 0;
        if (act((id, version) -> {
            try {
                return descriptions.submit(id, version, edited(), note, anyway, forHr);
            } catch (OpenFindingsException open) {
                heldBack = open.findings();
                throw open;
            }
        }, "description.submitted", Part.TEXT, Part.DECISIONS)) {
            note = null;
            forHr = null;
        }
    }

    public void withdraw() {
        act(descriptions::withdraw, "description.withdrawn", Part.DECISIONS);
    }

    public void reopen() {
        if (act((id, version) -> descriptions.reopen(id, version, reopenReason), "description.reopened", Part.DECISIONS)) {
            reopenReason = null;
        }
    }

    /**
     * After a save that met parts both sides changed: the newer revision becomes the one the page edits, the parts
     * only the other save changed are brought onto the screen, and the user's text of the parts both changed stays,
     * with the other save's text shown beside it.
     */
    private void keepBothChanged(JobDescriptions.MergedSave onto) {
        DescriptionContent newer = onto.description().content();
        DescriptionContent.Merge merge = onto.merge();
        for (DescriptionContent.Part part : merge.fromTheirs()) {
            if (part instanceof SectionKind kind) {
                sections.put(kind, newer.section(kind));
            } else if (part == DescriptionContent.Fact.TITLE) {
                title = newer.title();
            } else {
                facts = FactsForm.of(newer.facts());
            }
        }
        merge.conflicts().forEach(part -> meanwhile.put(part, part.textOf(newer)));
        merge.conflicts().stream().filter(DescriptionContent.Fact.class::isInstance).map(DescriptionContent.Fact.class::cast)
                .forEach(meanwhileFacts::add);
        description = onto.description();
        seenVersion = description.getVersion();
        baseRevision = description.getRevision();
        Feedback.outcome("description.bothChanged", staleBy, names(merge.conflicts()), baseRevision);
    }

    /** Parts as the page names them: a section by its heading, a fact by the page's word for it. */
    private static String names(List<DescriptionContent.Part> parts) {
        return parts.stream().map(part -> part instanceof SectionKind kind ? kind.heading()
                : Feedback.text("description.fact." + ((DescriptionContent.Fact) part).name())).collect(Collectors.joining(", "));
    }

    /** Takes the other person's newer state after a conflict; the user's own text is dropped on request only. */
    public void reload() {
        take(descriptions.description(id));
        takeText();
        changed.fire(new DescriptionChanged(EnumSet.allOf(Part.class)));
    }

    /**
     * Takes a step and shows its outcome: the description as the step left it, the parts it changed read again,
     * and the {@code doneKey} message beside the page's buttons ({@link Feedback#OUTCOME}), where the user is after
     * clicking one. A refused step leaves everything on screen as it was and says why, there too.
     *
     * @return whether the step was taken
     */
    public boolean act(Step step, String doneKey, Part... parts) {
        try {
            take(step.take(id, seenVersion));
        } catch (StaleContentException changedMeanwhile) {
            stale = true;
            staleBy = changedMeanwhile.savedBy();
            Feedback.outcomeRefused(changedMeanwhile);
            return false;
        } catch (RefusedException refused) {
            Feedback.outcomeRefused(refused);
            return false;
        }
        Set<Part> touched = EnumSet.noneOf(Part.class);
        touched.addAll(Arrays.asList(parts));
        if (touched.contains(Part.TEXT)) {
            takeText();
        }
        changed.fire(new DescriptionChanged(touched));
        if (doneKey != null) {
            Feedback.outcome(doneKey, description.getRevision());
        }
        return true;
    }

    private void take(JobDescription taken) {
        meanwhile.clear();
        meanwhileFacts.clear();
        description = taken;
        seenVersion = taken.getVersion();
        mine = user.isManager() && taken.isOwnedBy(user.getUserName());
        stale = false;
    }

    /** The saved text into the fields, and as safe HTML (CommonMark; HTML the author typed shows as text) for read-only views. */
    private void takeText() {
        DescriptionContent content = description.content();
        baseRevision = description.getRevision();
        title = content.title();
        facts = FactsForm.of(content.facts());
        sections.clear();
        sections.putAll(content.sections());
        html.clear();
        for (SectionKind kind : SectionKind.values()) {
            html.put(kind, SectionBody.parse(sections.get(kind)).html());
        }
    }

    private DescriptionContent edited() {
        return new DescriptionContent(title, facts.facts(), sections);
    }

    public SectionKind[] getSectionKinds() {
        return SectionKind.values();
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

    /** Whether the signed-in manager owns it, and so may edit, submit, withdraw and reopen it as its state allows. */
    public boolean isMine() {
        return mine;
    }

    public boolean isStale() {
        return stale;
    }

    public String getStaleBy() {
        return staleBy;
    }

    /** The text someone else saved of a part both of you changed, keyed by the part; empty after any other step. */
    public Map<DescriptionContent.Part, String> getMeanwhile() {
        return meanwhile;
    }

    /** The facts among {@link #getMeanwhile()}, in the editor's order. */
    public List<DescriptionContent.Fact> getMeanwhileFacts() {
        return meanwhileFacts;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public FactsForm getFacts() {
        return facts;
    }

    public Map<SectionKind, String> getSections() {
        return sections;
    }

    public Map<SectionKind, String> getHtml() {
        return html;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public int getHeldBack() {
        return heldBack;
    }

    public String getForHr() {
        return forHr;
    }

    public void setForHr(String forHr) {
        this.forHr = forHr;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}
