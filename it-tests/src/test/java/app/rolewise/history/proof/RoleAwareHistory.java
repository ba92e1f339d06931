package app.rolewise.history.proof;

import app.rolewise.library.entity.Role;

/** A kernel class that reaches up into the role library, for ArchitectureTest to catch. */
public class RoleAwareHistory {

    Role role;
}
