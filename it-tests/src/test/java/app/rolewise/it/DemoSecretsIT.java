package app.rolewise.it;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A start that is not the demo, with the secrets left at their demo values, is refused with a message that
 * says which and what to do. Runs its own WildFly as {@code ./rolewise start} would, without
 * {@code ROLEWISE_DEMO}; the suite's servers run as the demo.
 */
class DemoSecretsIT {

    @Test
    void aStartOutsideTheDemoWithTheDemoSecretsIsRefused() throws Exception {
        try (WildFlyProcess wildFly = WildFlyProcess.besides(
                Path.of(System.getProperty("wildfly.home")),
                Path.of(System.getProperty("rolewise.war")),
                Path.of(System.getProperty("rolewise.servers.script")),
                Path.of("target", "demo-secrets"))) {

            int exit = wildFly.startWith(Map.of("ROLEWISE_DEMO", "", "OIDC_CLIENT_SECRET", "", "ROLEWISE_DB_PASSWORD", "sa"));

            String log = wildFly.startLog();
            assertNotEquals(0, exit, "the start must fail: " + log);
            assertTrue(log.contains("Rolewise refuses to start: OIDC_CLIENT_SECRET is not set, is empty, or is the demo realm's secret; "
                    + "ROLEWISE_DB_PASSWORD is not set, or is the demo database's password"), log);
            assertTrue(log.contains("./rolewise start"), "says how to run the demo instead: " + log);
        }
    }
}
