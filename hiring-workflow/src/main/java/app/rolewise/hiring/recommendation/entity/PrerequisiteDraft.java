package app.rolewise.hiring.recommendation.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** A need that must be met before a role can do its work, as an admin edits it. */
public class PrerequisiteDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int WHY_MAX = 400;

    @NotBlank(message = "{questionBank.prerequisite.need.required}")
    private String need;

    @NotBlank(message = "{questionBank.prerequisite.why.required}")
    @Size(max = WHY_MAX, message = "{questionBank.prerequisite.why.size}")
    private String why;

    public static PrerequisiteDraft of(Prerequisite prerequisite) {
        PrerequisiteDraft draft = new PrerequisiteDraft();
        draft.need = prerequisite.need();
        draft.why = prerequisite.why();
        return draft;
    }

    public Prerequisite toPrerequisite() {
        return new Prerequisite(AnswerDraft.strip(need), AnswerDraft.strip(why));
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }
}
