package app.rolewise.it;

import app.rolewise.it.pages.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * What every browser test class shares: the real WAR deployed by Arquillian, and browsers signed in as demo
 * users that are closed after each test, each leaving a screenshot named after the class and test.
 */
@ExtendWith(ArquillianExtension.class)
abstract class SignedInBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RolewiseDeployment.realWar();
    }

    @ArquillianResource
    URL deployed;

    SignedInBrowsers browsers;

    @BeforeEach
    void openBrowsers() {
        browsers = new SignedInBrowsers(deployed);
    }

    @AfterEach
    void closeBrowsers(TestInfo test) {
        browsers.closeAll(getClass().getSimpleName() + "-" + test.getDisplayName());
    }

    /** A new browser, signed in through Keycloak as this user. */
    Browser signedIn(DemoUser user) {
        return browsers.as(user);
    }
}
