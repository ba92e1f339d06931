package app.rolewise.hiring.recommendation.control;

import app.rolewise.hiring.recommendation.entity.BankContent;
import app.rolewise.hiring.recommendation.entity.BankVersion;
import app.rolewise.history.entity.ContentKind;
import app.rolewise.history.entity.Version.Versioned;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Saved versions of the question bank, kept once read: a version never changes, and every answer and every
 * recommendation of an assessment reads the version it is pinned to. Kept per server, which is right on
 * every server of a cluster for the same reason.
 */
@ApplicationScoped
public class BankVersions {

    /** The question bank in the content history; there is one bank. */
    public static final ContentKind<BankContent> KIND = ContentKind.of("question-bank", QuestionBankJson::write, QuestionBankJson::read);
    public static final long THE_BANK = 1;

    private final Map<Integer, BankVersion> read = new ConcurrentHashMap<>();

    /** A version read before, if any. */
    public Optional<BankVersion> known(int number) {
        return Optional.ofNullable(read.get(number));
    }

    public BankVersion of(Versioned<BankContent> version) {
        return read.computeIfAbsent(version.number(), number -> new BankVersion(number, version.version().savedAt(),
                version.version().savedBy(), version.content()));
    }
}
