package app.rolewise.it;

import app.rolewise.it.pages.AdminRolesPage;
import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.DescriptionPage;
import app.rolewise.it.pages.HomePage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in, sign-out, a refused page, an approval and a publication each leave one line in WildFly's
 * server.log under the security event category, naming the user and the time.
 */
class SecurityEventsIT extends SignedInBrowserIT {

    private static final String CATEGORY = "[app.rolewise.security.events]";
    private static final Pattern EVENT = Pattern.compile("event=(\\S+) user=(\\S+) at=(\\S+)(.*)");

    record Event(String name, String user, Instant at, String details) {
    }

    /** The security events in the server log from {@code since} on. */
    private static List<Event> eventsSince(Instant since) throws IOException {
        Path log = Path.of(System.getProperty("wildfly.home"), "standalone", "log", "server.log");
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(CATEGORY))
                .map(EVENT::matcher)
                .filter(Matcher::find)
                .map(found -> new Event(found.group(1), found.group(2), Instant.parse(found.group(3)), found.group(4).strip()))
                .filter(event -> !event.at().isBefore(since))
                .toList();
    }

    private static boolean logged(List<Event> events, String name, String user, String detail) {
        return events.stream().anyMatch(event -> event.name().equals(name) && event.user().equals(user) && event.details().contains(detail));
    }

    @Test
    void signInSignOutRefusalApprovalAndPublicationAreLoggedWithUserAndTime() throws IOException {
        // Arrange
        Instant start = Instant.now().minusSeconds(1);

        // Act: mark signs in, is refused an admin page, drafts and submits; holly approves; alice archives
        // and publishes a role again; mark signs out
        Browser mark = browsers.as(DemoUser.MARK);
        assertEquals(403, mark.requestWithSession("admin/audit/").statusCode());
        DescriptionPage draft = JobDescriptionIT.draftedBy(mark, "Logged approval");
        String id = draft.id();
        assertTrue(draft.submit().contains("is with HR for review"));
        assertTrue(DescriptionPage.open(browsers.as(DemoUser.HOLLY), id).approve().contains("is approved"));
        AdminRolesPage library = AdminRolesPage.open(browsers.as(DemoUser.ALICE));
        try {
            library.archive("Data Analyst");
        } finally {
            library.publish("Data Analyst"); // the other tests compare it
        }
        mark.open("");
        HomePage.expect(mark).signOut();
        List<Event> events = eventsSince(start);

        // Assert
        assertTrue(logged(events, "SIGN_IN", "mark", "from "), events.toString());
        assertTrue(logged(events, "ACCESS_DENIED", "mark", "GET /admin/audit/"), events.toString());
        assertTrue(logged(events, "APPROVED", "holly", "job-description " + id), events.toString());
        assertTrue(logged(events, "ARCHIVED", "alice", "role data-analyst"), events.toString());
        assertTrue(logged(events, "PUBLISHED", "alice", "role data-analyst"), events.toString());
        assertTrue(logged(events, "SIGN_OUT", "mark", ""), events.toString());
        assertTrue(events.stream().allMatch(event -> !event.at().isAfter(Instant.now())), events.toString());
        Map<String, Long> signIns = Map.of("mark", events.stream().filter(event -> event.name().equals("SIGN_IN") && event.user().equals("mark")).count());
        assertEquals(Map.of("mark", 1L), signIns, "one sign-in event per session, not per request");
    }
}
