package app.rolewise.hiring.recommendation.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The expert knowledge behind a recommendation, kept with the question bank so that it is versioned with it:
 * the needs an organisation can have, and for each role (by URL name) the needs it covers and what it
 * requires to be in place first. The answers to the bank's questions say which needs are pressing; the roles
 * are then compared by how much of those needs each covers.
 */
public record DecisionModel(List<Need> needs, Map<String, RoleCoverage> roles) implements java.io.Serializable {

    /** The strongest a need can be raised, and the fullest a role can cover it. */
    public static final int FULL = 3;
    /** A need raised this far is clearly present: a role that requires it met must wait for it. */
    public static final int PRESSING = 2;

    public DecisionModel {
        needs = needs == null ? List.of() : List.copyOf(needs);
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        Set<String> known = needs.stream().map(Need::code).collect(Collectors.toSet());
        if (known.size() != needs.size()) {
            throw new IllegalArgumentException("A need is listed twice");
        }
        List<String> unknown = new ArrayList<>();
        roles.forEach((role, coverage) -> {
            coverage.covers().keySet().stream().filter(need -> !known.contains(need)).forEach(need -> unknown.add(role + " covers " + need));
            coverage.requires().stream().map(Prerequisite::need).filter(need -> !known.contains(need))
                    .forEach(need -> unknown.add(role + " requires " + need));
        });
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown needs: " + String.join(", ", unknown));
        }
    }

    public RoleCoverage coverage(String role) {
        return roles.getOrDefault(role, new RoleCoverage(Map.of(), List.of()));
    }
}
