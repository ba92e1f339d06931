package app.rolewise.library.entity;

import app.rolewise.content.RefusedException;

/**
 * A lifecycle change that the content's current status does not allow, such as archiving a draft. The
 * placeholders are the content's name ({@code {0}}), its status ({@code {1}}) and the one refused ({@code {2}}).
 */
public class LifecycleException extends RefusedException {

    private final ContentStatus from;
    private final ContentStatus to;

    public LifecycleException(String name, ContentStatus from, ContentStatus to) {
        super("refused.lifecycle", name, from, to);
        this.from = from;
        this.to = to;
    }

    public ContentStatus from() {
        return from;
    }

    public ContentStatus to() {
        return to;
    }
}
