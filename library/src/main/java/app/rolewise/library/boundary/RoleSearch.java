package app.rolewise.library.boundary;

import app.rolewise.library.entity.ContentStatus;

/**
 * What the admins' role list is filtered by; null means "any". The text matches a role's name or the
 * name of any skill it uses.
 */
public record RoleSearch(String text, String family, ContentStatus status) {

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
