package app.rolewise.hiring.recommendation.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One role of the decision model as an admin edits it: how much of each need it covers (0 to 3, empty for 0)
 * and the needs that must be met before it can do its work, each with the reason a manager reads.
 */
public class CoverageDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PREREQUISITES_MAX = 5;

    private final String role;

    private final Map<String,
            @Min(value = 0, message = "{questionBank.coverage.range}")
            @Max(value = DecisionModel.FULL, message = "{questionBank.coverage.range}") Integer> covers = new LinkedHashMap<>();

    @Valid
    @Size(max = PREREQUISITES_MAX, message = "{questionBank.prerequisites.size}")
    private final List<@NotNull PrerequisiteDraft> requires = new ArrayList<>();

    public CoverageDraft(String role) {
        this.role = Objects.requireNonNull(role, "role");
    }

    public static CoverageDraft of(String role, RoleCoverage coverage) {
        CoverageDraft draft = new CoverageDraft(role);
        draft.covers.putAll(new TreeMap<>(coverage.covers()));
        coverage.requires().forEach(prerequisite -> draft.requires.add(PrerequisiteDraft.of(prerequisite)));
        return draft;
    }

    /** The coverage as the recommender reads it: levels of 0 and empty ones left out, texts stripped. */
    public RoleCoverage toCoverage() {
        Map<String, Integer> levels = new TreeMap<>();
        covers.forEach((need, level) -> {
            if (level != null && level != 0) {
                levels.put(need, level);
            }
        });
        return new RoleCoverage(levels, requires.stream().map(PrerequisiteDraft::toPrerequisite).toList());
    }

    public PrerequisiteDraft addPrerequisite() {
        PrerequisiteDraft prerequisite = new PrerequisiteDraft();
        requires.add(prerequisite);
        return prerequisite;
    }

    public void removePrerequisite(int index) {
        requires.remove(index);
    }

    public String getRole() {
        return role;
    }

    /** Need code to level; the editor binds one field per need of the model. */
    public Map<String, Integer> getCovers() {
        return covers;
    }

    public List<PrerequisiteDraft> getRequires() {
        return requires;
    }
}
