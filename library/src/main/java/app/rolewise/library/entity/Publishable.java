package app.rolewise.library.entity;

/**
 * Validation group of the rules a role must meet before anyone but admins sees it: every dimension filled.
 * A draft may be saved without them, so admins can write a role over several sittings.
 */
public interface Publishable {
}
