package app.rolewise.library.boundary;

import app.rolewise.content.RefusedException;

import java.util.List;

/**
 * Content that lacks dimensions cannot be published, and published content cannot lose them. The key says
 * which content and which of the two; its placeholders are the content's name ({@code {0}}) and what it
 * lacks ({@code {1}}, the rules' messages).
 */
public class RoleIncompleteException extends RefusedException {

    public RoleIncompleteException(String key, String name, List<String> missing) {
        super(key, name, String.join(" ", missing));
    }
}
