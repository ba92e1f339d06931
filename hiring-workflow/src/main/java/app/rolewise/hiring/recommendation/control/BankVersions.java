package app.rolewise.hiring.recommendation.control;

import app.rolewise.hiring.recommendation.entity.BankVersion;
import app.rolewise.history.entity.ContentVersion;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Saved versions of the question bank, read from their JSON once: a version never changes, and every
 * answer and every recommendation of an assessment reads the version it is pinned to.
 */
@ApplicationScoped
public class BankVersions {

    /** The question bank's kind of content in the history; there is one bank. */
    public static final String KIND = "question-bank";
    public static final long THE_BANK = 1;

    private final Map<Integer, BankVersion> read = new ConcurrentHashMap<>();

    /** A version read before, if any; versions are immutable once saved. */
    public Optional<BankVersion> known(int number) {
        return Optional.ofNullable(read.get(number));
    }

    public BankVersion of(ContentVersion version) {
        if (!KIND.equals(version.getSubjectKind())) {
            throw new IllegalArgumentException("Not a question bank version: " + version.getSubjectKind());
        }
        return read.computeIfAbsent(version.getNumber(), number -> new BankVersion(number, version.getSavedAt(),
                version.getSavedBy(), QuestionBankJson.read(version.getContentJson())));
    }
}
