package app.rolewise.hiring.description.entity;

import app.rolewise.content.RefusedException;

/**
 * A submission held back once because the text leans masculine (more masculine- than feminine-coded words, as the
 * language check says beside the editor): the manager is told the counts and may change the wording or send it
 * anyway with a word for HR. Nothing is stored until then.
 */
public class OpenFindingsException extends RefusedException {

    private final int findings;

    public OpenFindingsException(int findings, int feminine) {
        super("refused.review.openFindings", findings, feminine);
        this.findings = findings;
    }

    /** How many masculine-coded words are left. */
    public int findings() {
        return findings;
    }
}
