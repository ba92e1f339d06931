package app.rolewise.security;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Security events, one line each with who and when, all under the logger {@value #CATEGORY}: an operator
 * can send that one category to its own file or to a SIEM. Content decisions (approval, publishing) are
 * logged under the same category by the audit log in the content kernel, after their transaction commits.
 */
public final class SecurityEvents {

    public static final String CATEGORY = "app.rolewise.security.events";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    static Clock clock = Clock.systemUTC();

    private SecurityEvents() {
    }

    static void signedIn(String user, String remoteAddress) {
        LOG.info(() -> line("SIGN_IN", user, "from " + remoteAddress));
    }

    static void signedOut(String user) {
        LOG.info(() -> line("SIGN_OUT", user, ""));
    }

    static void accessDenied(String user, String method, String path) {
        LOG.warning(() -> line("ACCESS_DENIED", user, method + " " + path));
    }

    static void crossOriginRefused(String user, String method, String path, String origin) {
        LOG.warning(() -> line("CROSS_ORIGIN_REFUSED", user, method + " " + path + " from " + origin));
    }

    /** {@code event=SIGN_IN user=mark at=2026-01-31T09:15:00Z from 127.0.0.1}; never a line break from input. */
    static String line(String event, String user, String details) {
        String line = "event=" + event + " user=" + (user == null || user.isBlank() ? "-" : user) + " at=" + Instant.now(clock)
                + (details == null || details.isBlank() ? "" : " " + details);
        return line.replaceAll("\\p{Cntrl}", "_");
    }
}
