package app.rolewise.comparison.boundary;

import app.rolewise.comparison.entity.Comparison;
import app.rolewise.comparison.entity.RolePair;

import java.util.List;
import java.util.Optional;

/**
 * The answer to "compare these roles": the comparison if at least two of the named roles are published,
 * the names that are not (unknown, malformed or unpublished), and the pair content when exactly two roles
 * are compared and admins wrote about them.
 */
public record ComparisonRequest(Optional<Comparison> comparison, List<String> notFound, List<String> ignored,
                                Optional<RolePair> pair) {
}
