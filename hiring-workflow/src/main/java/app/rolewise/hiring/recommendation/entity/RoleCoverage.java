package app.rolewise.hiring.recommendation.entity;

import java.util.List;
import java.util.Map;

/**
 * How much of each need a role covers, 1 (helps) to {@link DecisionModel#FULL} (the core of the job), and what
 * must be in place before it can do its work.
 */
public record RoleCoverage(Map<String, Integer> covers, List<Prerequisite> requires) implements java.io.Serializable {

    public RoleCoverage {
        covers = covers == null ? Map.of() : Map.copyOf(covers);
        requires = requires == null ? List.of() : List.copyOf(requires);
        covers.forEach((need, level) -> {
            if (level == null || level < 0 || level > DecisionModel.FULL) {
                throw new IllegalArgumentException("Coverage of " + need + " must be 0 to " + DecisionModel.FULL + ", not " + level);
            }
        });
    }

    public int of(String need) {
        return covers.getOrDefault(need, 0);
    }
}
