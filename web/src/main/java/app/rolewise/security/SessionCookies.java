package app.rolewise.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Marks the session cookie Secure when Rolewise is served over HTTPS. HttpOnly, SameSite=Lax and the idle
 * timeout are fixed in web.xml; Secure cannot be, because the loopback setup ({@code ./rolewise start},
 * the integration tests) speaks plain HTTP and a browser would never send a Secure cookie back there.
 * <p>
 * {@code ROLEWISE_SECURE_COOKIES=true} in the environment (or {@code -Drolewise.secureCookies=true})
 * switches it on.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    static final String ENVIRONMENT = "ROLEWISE_SECURE_COOKIES";
    static final String PROPERTY = "rolewise.secureCookies";
    private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = secureWanted(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT));
        // only possible while the context is being initialised, hence a listener and not a filter
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
        LOG.info(() -> "Session cookie: HttpOnly, SameSite=Lax, " + (secure ? "Secure" : "not Secure (plain HTTP)"));
    }

    /** The system property wins over the environment; anything but "true" means plain HTTP. */
    static boolean secureWanted(String property, String environment) {
        return Optional.ofNullable(property).or(() -> Optional.ofNullable(environment))
                .map(String::strip)
                .map("true"::equalsIgnoreCase)
                .orElse(false);
    }
}
