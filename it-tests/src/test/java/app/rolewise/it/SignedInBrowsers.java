package app.rolewise.it;

import app.rolewise.it.pages.Browser;
import app.rolewise.it.pages.KeycloakLoginPage;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * The browsers one test opens, each signed in as a demo user through Keycloak; closed together after the
 * test, each leaving a screenshot of where it ended.
 */
final class SignedInBrowsers {

    private final URL deployed;
    private final List<Browser> opened = new ArrayList<>();

    SignedInBrowsers(URL deployed) {
        this.deployed = deployed;
    }

    Browser as(DemoUser user) {
        Browser browser = new Browser(RolewiseDeployment.baseUri(deployed));
        opened.add(browser);
        browser.open("");
        KeycloakLoginPage.expect(browser).signInAs(user);
        return browser;
    }

    void closeAll(String testName) {
        for (int i = 0; i < opened.size(); i++) {
            opened.get(i).screenshot(testName + "-" + i);
            opened.get(i).close();
        }
        opened.clear();
    }
}
