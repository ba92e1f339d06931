package app.rolewise.comparison.entity;

import app.rolewise.content.RefusedException;

/**
 * A pair asked for with the same role on both sides: a pair is about two roles people confuse. The
 * placeholder {@code {0}} is the role's name.
 */
public class SameRoleTwiceException extends RefusedException {

    public SameRoleTwiceException(String roleName) {
        super("refused.pair.sameRole", roleName);
    }
}
