package app.rolewise.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Refuses to start Rolewise with a secret left at its demo value, unless this is the demo: the OIDC client
 * secret (WEB-INF/oidc.json falls back to the demo realm's) and the database password (the datasource in
 * config/wildfly/configure.cli falls back to H2's {@code sa}). {@code ./rolewise start} and the tests set
 * {@code ROLEWISE_DEMO=true}; any other start must name real secrets in the environment (README, Configuration).
 * <p>
 * Failing here fails the deployment, so the server reports the message below instead of serving a Rolewise
 * that anyone who has read the repository could sign in to. It runs after the singletons that start with the
 * deployment (the seed of an empty database), which is harmless: nothing is served before the deployment
 * has succeeded. The secrets are read where oidc.json and the datasource read them: from the environment.
 */
@WebListener
public class DemoSecrets implements ServletContextListener {

    static final String DEMO = "ROLEWISE_DEMO";
    /** The datasource's fallback password in configure.cli. */
    static final String DEMO_DATABASE_PASSWORD = "sa";
    private static final Logger LOG = Logger.getLogger(DemoSecrets.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        List<String> problems = problems(SignInSettings.of(event.getServletContext()), System::getenv);
        if (!problems.isEmpty()) {
            String message = "Rolewise refuses to start: " + String.join("; ", problems)
                    + ". Set them in the environment (README, Configuration), or run the demo with ./rolewise start.";
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        if (isDemo(System.getenv(DEMO))) {
            LOG.warning("Demo start (ROLEWISE_DEMO=true): the demo realm's client secret and demo passwords are accepted");
        }
    }

    /** What is left at a demo value; nothing in the demo. */
    static List<String> problems(SignInSettings signIn, UnaryOperator<String> environment) {
        List<String> problems = new ArrayList<>();
        if (isDemo(environment.apply(DEMO))) {
            return problems;
        }
        if (signIn.usesDemoSecret()) {
            problems.add("OIDC_CLIENT_SECRET is not set, is empty, or is the demo realm's secret");
        }
        String databasePassword = environment.apply("ROLEWISE_DB_PASSWORD");
        if (databasePassword == null || databasePassword.isBlank() || databasePassword.equals(DEMO_DATABASE_PASSWORD)) {
            problems.add("ROLEWISE_DB_PASSWORD is not set, or is the demo database's password");
        }
        return problems;
    }

    private static boolean isDemo(String value) {
        return value != null && value.strip().equalsIgnoreCase("true");
    }
}
